package fr.liseuse.extract;

import fr.liseuse.model.Page;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Runs the whole extraction on generated extreme pages (a page of about 30 MB; 20,000-deep nesting
 * of several kinds) and prints, for each, the time, the text found and the peak heap. Not a test:
 * bench/robustness.sh runs it with a capped heap so that runaway memory fails loudly.
 */
public final class ArticleStress {

    private static final String BASE = "https://example.org/stress";
    private static final String PROSE = "Les horaires des déchetteries changent au printemps, et voici pourquoi,"
            + " en détail, pour chaque commune de la métropole. ";

    private static String only;

    private ArticleStress() { }

    public static void main(String[] args) {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        only = args.length > 1 ? args[1] : null;
        run("large page (" + megabytes + " MB)", largePage(megabytes * 1_000_000));
        run("20,000 nested div", nested("<div>", "</div>", 20_000));
        run("20,000 nested ul/li", nested("<ul><li>", "</li></ul>", 20_000));
        run("20,000 nested span", nested("<span>", "</span>", 20_000));
        run("20,000 nested table", nested("<table><tr><td>", "</td></tr></table>", 20_000));
        run("20,000 unclosed div", "<html><body>" + "<div>".repeat(20_000) + "<p>" + PROSE + "</p>");
    }

    private static void run(String name, String html) {
        if (only != null && !name.contains(only)) return;
        System.gc();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Page page = new Extractor().extract(html, BASE, BASE);
        double ms = (System.nanoTime() - start) / 1e6;
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        System.out.printf(Locale.ROOT, "%-24s %7.0f ms (cpu %6.0f ms)  text %,11d chars  blocks %,7d  peak heap %,4d MiB%n",
                name, ms, cpuMs, page.text().length(), page.blocks().size(), peakHeap() >> 20);
    }

    private static String largePage(int size) {
        StringBuilder out = new StringBuilder(size + 10_000);
        out.append("<html><head><title>Grande page</title></head><body><nav><ul>");
        for (int i = 0; i < 50; i++) out.append("<li><a href='/r").append(i).append("'>Rubrique ").append(i).append("</a></li>");
        out.append("</ul></nav><main><article><h1>Grande page</h1>");
        for (int i = 0; out.length() < size; i++) {
            if (i % 20 == 0) out.append("<h2>Partie ").append(i / 20).append("</h2>");
            out.append("<p>").append(PROSE).append("<a href='/lien").append(i).append("'>lien ").append(i)
                    .append("</a> ").append(PROSE).append("</p>");
            if (i % 50 == 0) out.append("<ul><li>Un point</li><li>Un autre point</li></ul>");
        }
        out.append("</article></main><footer>Pied de page</footer></body></html>");
        return out.toString();
    }

    private static String nested(String open, String close, int depth) {
        return "<html><body>" + open.repeat(depth) + "<p>" + PROSE + "</p>" + close.repeat(depth) + "</body></html>";
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
                pool.resetPeakUsage();
            }
        }
        return peak;
    }
}
