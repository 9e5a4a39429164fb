package fr.liseuse.source;

/**
 * One line of the demo site's {@code pages.tsv}: path, title, snippet, search keywords (tab-separated).
 */
record DemoPage(String path, String title, String snippet, String keywords) {

    static DemoPage parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 4) throw new IllegalStateException("pages.tsv: expected 4 fields: " + line);
        return new DemoPage(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip());
    }

    /** {@code /} is {@code index.html}; {@code /a/b} is {@code a/b.html}. */
    String resource() {
        return path.equals("/") ? "index.html" : path.substring(1) + ".html";
    }
}
