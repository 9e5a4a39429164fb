package fr.liseuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's start-up cache, run as a user runs it: the cache never changes a result, a changed
 * jar never runs with the old cache, a broken cache is ignored, and discreet mode writes nothing.
 */
class LauncherIT {

    @TempDir
    Path work;

    private LauncherCopy copy;
    private Path home;

    /** A copy of the launcher and the built jar, so the test may alter the jar freely. */
    @BeforeEach
    void copyLauncher() throws IOException {
        copy = new LauncherCopy(work);
        home = copy.home;
    }

    private LauncherCopy.Run run(String... args) throws Exception {
        return copy.run(args);
    }

    private LauncherCopy.Run run(java.util.Map<String, String> env, String... args) throws Exception {
        return copy.run(env, args);
    }

    private List<Path> cacheFiles() throws IOException {
        Path cache = home.resolve("cache");
        if (!Files.isDirectory(cache)) return List.of();
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().matches("start-[0-9._-]+-(local|read|web|pdf|library)\\.(aot|jsa)")).toList();
        }
    }

    private boolean cacheFolderHoldsMoreThan(List<Path> cache) throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("cache"))) {
            return !files.toList().equals(cache);
        }
    }

    private List<Path> awaitCache() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            List<Path> files = cacheFiles();
            if (!files.isEmpty()) return files;
            Thread.sleep(200);
        }
        throw new AssertionError("no start-up cache was written");
    }

    @Test
    void theCacheNeverChangesTheResultAndFollowsTheJar() throws Exception {
        LauncherCopy.Run first = run("read", "demo:/", "--format", "json");
        assertEquals(0, first.code(), first.err());
        List<Path> cache = awaitCache();
        assertEquals(1, cache.size(), cache.toString());
        // the training wrote only in its own folder of the cache folder (DiscreetIT traces it), and removed it
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (cacheFolderHoldsMoreThan(cache) && System.nanoTime() < deadline) Thread.sleep(100);
        assertFalse(cacheFolderHoldsMoreThan(cache), "the training removed its folder");

        LauncherCopy.Run cached = run("read", "demo:/", "--format", "json");
        assertEquals(first.out(), cached.out());
        assertEquals("", cached.err());

        // A rebuilt jar (other bytes) gets a cache of its own; the old one is never used again.
        try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(copy.jar)) {
            Files.writeString(jar.getPath("rebuilt.txt"), "a new build");
        }
        LauncherCopy.Run rebuilt = run("read", "demo:/", "--format", "json");
        assertEquals(0, rebuilt.code(), rebuilt.err());
        assertEquals(first.out(), rebuilt.out());
        List<Path> newCache = awaitCache();
        assertFalse(newCache.contains(cache.get(0)), "the old cache is gone: " + newCache);
        assertNotEquals(cache, newCache);
    }

    @Test
    void oneAndSeveralSourcesShareTheOneCache() throws Exception {
        // "--format json" is an option and its value, not two more sources: a single-page run
        assertEquals(0, run("read", "demo:/", "--format", "json").code());
        List<Path> cache = awaitCache();
        LauncherCopy.Run batch = run("read", "demo:/", "demo:/actualites", "--format", "text");
        assertEquals(0, batch.code(), batch.err());
        Thread.sleep(2000);
        assertEquals(cache, cacheFiles(), "the batch run used the cache, it did not train another one");
    }

    @Test
    void aBrokenCacheFallsBackSilently() throws Exception {
        LauncherCopy.Run first = run("read", "demo:/", "--format", "text");
        Path cache = awaitCache().get(0);
        Files.writeString(cache, "not a cache at all");
        LauncherCopy.Run broken = run("read", "demo:/", "--format", "text");
        assertEquals(0, broken.code(), broken.err());
        assertEquals(first.out(), broken.out());
        assertEquals("", broken.err());
    }

    @Test
    void discreetModeWritesNoCache() throws Exception {
        LauncherCopy.Run discreet = run("--discreet", "read", "demo:/");
        assertEquals(0, discreet.code(), discreet.err());
        Thread.sleep(3000);
        assertFalse(Files.exists(home), "nothing written under LISEUSE_HOME");
    }

    /** A command line naming a web address gets the cache that holds the HTTP client; the other stays. */
    @Test
    void webAddressesHaveACacheOfTheirOwnBesideTheLocalOne() throws Exception {
        assertEquals(0, run("read", "demo:/").code());
        List<Path> local = awaitCache();
        assertTrue(local.get(0).getFileName().toString().contains("-read."), local.toString());
        // nothing listens on port 9 of the loopback interface: the read fails, the cache is still trained
        run("--timeout", "2", "read", "http://127.0.0.1:9/");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (cacheFiles().size() < 2 && System.nanoTime() < deadline) Thread.sleep(200);
        List<Path> both = cacheFiles();
        assertEquals(2, both.size(), both.toString());
        assertTrue(both.containsAll(local), "the local cache is kept: " + both);
        assertTrue(both.stream().anyMatch(f -> f.getFileName().toString().contains("-web.")), both.toString());
    }

    /**
     * A PDF file gets the cache that holds PDFBox, trained on a PDF, beside the local one that HTML
     * reads keep using; the PDF reads the same with it.
     */
    @Test
    void aPdfFileHasACacheOfItsOwnBesideTheLocalOne() throws Exception {
        assertEquals(0, run("read", "demo:/").code());
        List<Path> local = awaitCache();
        Path pdf = Files.write(work.resolve("guide"), fr.liseuse.extract.pdf.PdfSamples.frenchLeaflet());
        LauncherCopy.Run cold = run("read", pdf.toString());
        assertEquals(0, cold.code(), cold.err());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (cacheFiles().size() < 2 && System.nanoTime() < deadline) Thread.sleep(200);
        List<Path> both = cacheFiles();
        assertEquals(2, both.size(), both.toString());
        assertTrue(both.containsAll(local), "the local cache is kept: " + both);
        assertTrue(both.stream().anyMatch(f -> f.getFileName().toString().contains("-pdf.")), both.toString());
        LauncherCopy.Run cached = run("read", pdf.toString());
        assertEquals(cold.out(), cached.out());
        assertEquals("", cached.err());
        assertEquals(0, run("read", "demo:/").code());
        assertEquals(both, cacheFiles(), "an HTML read after it trained nothing new");
    }

    /**
     * The commands that open the library's index (search, save) get the cache that holds Lucene,
     * trained on a library of the training's own, beside the local one that listing the library keeps
     * using; a search finds the same with it as without any cache.
     */
    @Test
    void theCommandsThatOpenTheIndexHaveACacheOfTheirOwn() throws Exception {
        assertEquals(0, run("library", "list").code());
        Path local = awaitCache().get(0);
        LauncherCopy.Run saved = run("save", "demo:/eau/facture", "demo:/solidarite/violences-conjugales");
        assertEquals(0, saved.code(), saved.err());
        List<Path> both = awaitCaches(2);
        Path library = both.stream().filter(f -> f.getFileName().toString().contains("-library.")).findFirst()
                .orElseThrow(() -> new AssertionError("no library cache: " + both));
        awaitNoTraining();

        assertEquals(library, cacheUsedBy("search", "violences"));
        assertEquals(library, cacheUsedBy("save", "demo:/eau/facture"));
        assertEquals(local, cacheUsedBy("library", "list"));
        assertEquals(both, cacheFiles(), "nothing else trained");

        LauncherCopy.Run cached = run("search", "violences", "--format", "json");
        LauncherCopy.Run uncached = run(java.util.Map.of("LISEUSE_NO_CACHE", "1"), "search", "violences", "--format", "json");
        assertEquals(0, cached.code(), cached.err());
        assertEquals("", cached.err());
        assertTrue(cached.out().contains("demo:/solidarite/violences-conjugales"), cached.out());
        assertEquals(uncached.out(), cached.out());
    }

    /**
     * {@code read} of local pages gets a cache trained on reads alone (no reader, no terminal set-up:
     * fewer classes mapped at every start), beside the local one the reader and the other commands
     * keep; a batch of pages shares it, and it reads the same as no cache at all.
     */
    @Test
    void readHasACacheOfItsOwnBesideTheReaders() throws Exception {
        assertEquals(0, run("menu", "demo:/").code());
        Path local = awaitCache().get(0);
        assertTrue(local.getFileName().toString().contains("-local."), local.toString());
        assertEquals(0, run("read", "demo:/").code());
        List<Path> both = awaitCaches(2);
        Path read = both.stream().filter(f -> f.getFileName().toString().contains("-read.")).findFirst()
                .orElseThrow(() -> new AssertionError("no read cache: " + both));
        awaitNoTraining();

        assertEquals(read, cacheUsedBy("read", "demo:/", "--format", "json"));
        assertEquals(read, cacheUsedBy("read", "demo:/", "demo:/actualites"));
        assertEquals(local, cacheUsedBy("menu", "demo:/"));
        assertEquals(local, cacheUsedBy("contacts"));
        assertEquals(both, cacheFiles(), "nothing else trained");

        LauncherCopy.Run cached = run("read", "demo:/solidarite/violences-conjugales", "--format", "json");
        LauncherCopy.Run uncached = run(java.util.Map.of("LISEUSE_NO_CACHE", "1"),
                "read", "demo:/solidarite/violences-conjugales", "--format", "json");
        assertEquals(0, cached.code(), cached.err());
        assertEquals("", cached.err());
        assertEquals(uncached.out(), cached.out());
    }

    /**
     * A search of a library whose index is current only reads, discreet or not: no lock file, no
     * index written, nothing rebuilt (every file-system change traced).
     */
    @Test
    void aSearchOfACurrentIndexWritesNothing() throws Exception {
        WriteTrace.requireStrace();
        assertEquals(0, run("save", "demo:/eau/facture", "demo:/solidarite/violences-conjugales").code());
        awaitCache();
        awaitNoTraining();
        String expected = run("search", "violences").out();
        assertTrue(expected.contains("Violences conjugales"), expected);
        for (String[] args : List.of(new String[] {"search", "violences"}, new String[] {"--discreet", "search", "violences"})) {
            Path log = Files.createTempFile(work, "trace", ".log");
            LauncherCopy.Run run = copy.run(java.util.Map.of(), "", WriteTrace.traced(log, copy.command(args)));
            assertEquals(0, run.code(), run.err());
            assertEquals(expected, run.out(), String.join(" ", args));
            assertEquals(List.of(), WriteTrace.changes(log, WriteTrace::deviceOrProcess), String.join(" ", args));
        }
    }

    /**
     * Once its cache is trained, a read of a local page takes everything from the cache and never opens
     * the jar (each opening reads its directory of about 7,000 entries): every class comes from the cache,
     * messages are a class, and the command ends without System.exit's search of the class path for
     * logging services. A failure still ends through System.exit, with its exit code.
     */
    @Test
    void aCachedReadOfALocalPageNeverOpensTheJar() throws Exception {
        WriteTrace.requireStrace();
        Path page = Files.writeString(work.resolve("page.html"), "<html lang=\"fr\"><head><title>Essai</title>"
                + "<meta property=\"article:published_time\" content=\"2025-03-04\"></head><body><article>"
                + "<h1>Essai</h1><p>Un texte &amp; un lien vers <a href=\"https://example.org/\">l’exemple</a>.</p>"
                + "</article></body></html>", StandardCharsets.UTF_8);
        assertEquals(0, run("read", page.toString()).code());
        awaitCache();
        awaitNoTraining();
        for (String format : List.of("text", "markdown", "json")) {
            Path log = Files.createTempFile(work, "opened", ".log");
            List<String> traced = new java.util.ArrayList<>(List.of("strace", "-f", "-qq", "-o", log.toString(),
                    "-e", "trace=open,openat,openat2"));
            traced.addAll(copy.command("read", page.toString(), "--format", format));
            LauncherCopy.Run read = copy.run(java.util.Map.of(), "", traced);
            assertEquals(0, read.code(), read.err());
            assertTrue(read.out().contains("Essai"), read.out());
            List<String> jarOpened = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(copy.jar.toString())).toList();
            assertEquals(List.of(), jarOpened, format);
        }
        LauncherCopy.Run missing = run("read", work.resolve("absent.html").toString());
        assertEquals(66, missing.code());
        assertTrue(missing.err().startsWith("liseuse: "), missing.err());
    }

    private List<Path> awaitCaches(int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (cacheFiles().size() < count && System.nanoTime() < deadline) Thread.sleep(200);
        List<Path> files = cacheFiles();
        assertEquals(count, files.size(), files.toString());
        return files;
    }

    /** Waits until no training folder is left in the cache folder (a training writes there until it ends). */
    private void awaitNoTraining() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(home.resolve("cache"))) {
                if (files.noneMatch(f -> f.getFileName().toString().startsWith("training-"))) return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("a training never ended");
    }

    /** The start-up cache the launcher gives the JVM for ARGS, as the JVM reports its flags. */
    private Path cacheUsedBy(String... args) throws Exception {
        LauncherCopy.Run run = run(java.util.Map.of("LISEUSE_JAVA_OPTS", "-XX:+PrintCommandLineFlags"), args);
        java.util.regex.Matcher flag = java.util.regex.Pattern.compile("-XX:(?:AOTCache|SharedArchiveFile)=(\\S+)")
                .matcher(run.out());
        assertTrue(flag.find(), String.join(" ", args) + " ran with no cache: " + run.out());
        return Path.of(flag.group(1));
    }

    /**
     * After a page fetched over HTTP, the client's threads are stopped before the process ends: one
     * of them waits in native code, and the JVM waits up to 300 ms for such threads at exit.
     */
    @Test
    void aReadOverHttpStopsTheNetworkThreadsBeforeExiting() throws Exception {
        byte[] page = "<html><head><title>Réseau</title></head><body><p>Une page servie en local.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        try (LoopbackServer server = new LoopbackServer(
                exchange -> LoopbackServer.send(exchange, 200, "text/html; charset=utf-8", page))) {
            Path log = work.resolve("threads.log");
            LauncherCopy.Run read = run(java.util.Map.of("LISEUSE_JAVA_OPTS", "-Xlog:os+thread=info:file=" + log),
                    "read", server.base() + "/", "--format", "json");
            assertEquals(0, read.code(), read.err());
            assertTrue(read.out().contains("\"title\":\"Réseau\""), read.out());
            String threads = Files.readString(log, StandardCharsets.UTF_8);
            assertTrue(threads.contains("SelectorManager"), "the read used the HTTP client");
            assertTrue(threads.matches("(?s).*JavaThread exiting \\(name: \"HttpClient-\\d+-SelectorManager\".*"),
                    "its selector thread was stopped before the exit");
        }
    }
}
