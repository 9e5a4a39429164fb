package fr.liseuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.liseuse.cli.CliRunner;
import fr.liseuse.config.DiscreetValue;
import fr.liseuse.ui.tui.Tmux;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discreet mode as the person on a watched computer relies on it, through the real launcher: nothing
 * written anywhere by anything it starts (every file-system call traced), the same reading of its
 * values in launcher and program, no build behind the user's back; and the start-up training, which
 * leaves nothing outside the cache folder and never talks to the network offline or through a proxy.
 */
class DiscreetIT {

    private static final String VIOLENCES = "demo:/solidarite/violences-conjugales";

    /** Each value, and what it means: discreet, not discreet, or refused (empty). */
    private static final Map<String, Optional<Boolean>> VALUES = Map.ofEntries(
            Map.entry("1", Optional.of(true)), Map.entry("true", Optional.of(true)), Map.entry("TRUE", Optional.of(true)),
            Map.entry("Yes", Optional.of(true)), Map.entry("on", Optional.of(true)),
            Map.entry("0", Optional.of(false)), Map.entry("false", Optional.of(false)), Map.entry("No", Optional.of(false)),
            Map.entry("OFF", Optional.of(false)),
            Map.entry("2", Optional.empty()), Map.entry("oui", Optional.empty()), Map.entry("tru", Optional.empty()),
            Map.entry(" yes", Optional.empty()), Map.entry("yeſ", Optional.empty()), Map.entry("on\n", Optional.empty()));

    @TempDir
    Path work;

    private LauncherCopy copy;

    @BeforeEach
    void copyLauncher() throws IOException {
        copy = new LauncherCopy(work.resolve("app"));
    }

    @Test
    void discreetRunsWriteNothingAnywhere() throws Exception {
        WriteTrace.requireStrace();
        Path page = Files.writeString(work.resolve("aide.html"),
                "<html><head><title>Violences : se faire aider</title></head><body><p>Appelez le 3919.</p></body></html>");
        try (LoopbackServer server = new LoopbackServer(
                exchange -> LoopbackServer.send(exchange, 200, "text/html; charset=utf-8", Files.readAllBytes(page)))) {
            String address = server.base() + "/violences-conjugales-aide";
            traceDiscreet(Map.of(), "", "--discreet", "read", page.toString());
            traceDiscreet(Map.of(), "", "--discreet", "read", address, "--format", "json");
            traceDiscreet(Map.of(), "l\n!\nq\n", "--discreet", "--line-mode", VIOLENCES);
            traceDiscreet(Map.of(), "", "--discreet=true", "read", VIOLENCES);
            traceDiscreet(Map.of("LISEUSE_DISCREET", "yes"), "", "read", address);
            traceDiscreet(Map.of("LISEUSE_DISCREET", "1"), "", "search", "violences");
        }
        assertFalse(Files.exists(copy.home), "nothing under LISEUSE_HOME");
    }

    @Test
    void theFullScreenReaderInDiscreetModeWritesNothing() throws Exception {
        WriteTrace.requireStrace();
        assertTrue(Tmux.available(), "tmux is needed for the full-screen reader (.ci/run installs it)");
        Path log = work.resolve("trace.log");
        try (Tmux pane = new Tmux(copy.folder, 80, 24, Map.of("LISEUSE_HOME", copy.home.toString()),
                WriteTrace.traced(log, copy.command("--discreet", VIOLENCES)))) {
            pane.waitFor("Violences conjugales");
            pane.send("q");
            assertTrue(pane.waitFor("EXIT=").contains("EXIT=0"));
        }
        assertEquals(List.of(), WriteTrace.changes(log, WriteTrace::deviceOrProcess));
        assertFalse(Files.exists(copy.home), "nothing under LISEUSE_HOME");
    }

    @Test
    void aSavedPageReadInDiscreetModeKeepsItsPlaceInMemoryOnly() throws Exception {
        WriteTrace.requireStrace();
        assertTrue(Tmux.available(), "tmux is needed for the full-screen reader (.ci/run installs it)");
        LauncherCopy.Run saved = copy.run("save", VIOLENCES);
        assertEquals(0, saved.code(), saved.err());
        awaitNoTraining();   // the save is not discreet: it may train a cache
        String listed = copy.run("library", "list", "--format", "json").out();
        String id = listed.replaceAll("(?s).*\"id\"\\s*:\\s*\"([0-9a-f]+)\".*", "$1");
        Path log = work.resolve("trace.log");
        try (Tmux pane = new Tmux(copy.folder, 80, 24, Map.of("LISEUSE_HOME", copy.home.toString()),
                WriteTrace.traced(log, copy.command("--discreet", id)))) {
            pane.waitFor("Vous subissez");
            pane.send("PageDown", "Tab");   // a place worth keeping
            pane.waitFor("Lien 1");
            pane.send("q");
            assertTrue(pane.waitFor("EXIT=").contains("EXIT=0"));
        }
        assertEquals(List.of(), WriteTrace.changes(log, WriteTrace::deviceOrProcess));
        assertFalse(Files.exists(copy.home.resolve("library/places")), "no place written");
    }

    private void traceDiscreet(Map<String, String> env, String stdin, String... args) throws Exception {
        Path log = Files.createTempFile(work, "trace", ".log");
        LauncherCopy.Run run = copy.run(env, stdin, WriteTrace.traced(log, copy.command(args)));
        assertEquals(0, run.code(), String.join(" ", args) + ": " + run.err());
        assertEquals(List.of(), WriteTrace.changes(log, WriteTrace::deviceOrProcess), String.join(" ", args) + " " + env);
    }

    @Test
    void launcherAndProgramReadTheSameDiscreetValues() throws Exception {
        Path calls = work.resolve("java-calls.txt");
        Path jdk = fakeJdk(calls);
        for (Map.Entry<String, Optional<Boolean>> value : VALUES.entrySet()) {
            assertEquals(value.getValue(), DiscreetValue.parse(value.getKey()), "the program reads «" + value.getKey() + "»");
            for (boolean asVariable : new boolean[] {true, false}) {
                String what = (asVariable ? "LISEUSE_DISCREET=" : "--discreet=") + value.getKey();
                Map<String, String> env = asVariable ? Map.of("JAVA_HOME", jdk.toString(), "LISEUSE_DISCREET", value.getKey())
                        : Map.of("JAVA_HOME", jdk.toString());
                LauncherCopy.Run run = asVariable ? copy.run(env, "read", "demo:/")
                        : copy.run(env, "--discreet=" + value.getKey(), "read", "demo:/");
                if (value.getValue().isEmpty()) {
                    assertEquals(2, run.code(), what);
                    assertTrue(run.err().matches("liseuse: [^\n]*(LISEUSE_DISCREET|--discreet)[^\n]*\n"), what + ": " + run.err());
                    assertFalse(Files.exists(calls), what + ": no JVM started");
                    CliRunner.Result program = asVariable ? new CliRunner().env("LISEUSE_DISCREET", value.getKey()).run("read", "demo:/")
                            : new CliRunner().run("--discreet=" + value.getKey(), "read", "demo:/");
                    assertEquals(2, program.code(), what);
                    assertTrue(program.err().startsWith("liseuse: "), program.err());
                } else {
                    assertEquals(0, run.code(), what + ": " + run.err());
                    // the launcher makes its cache folder, to train in, only when not discreet
                    assertEquals(!value.getValue().get(), Files.exists(copy.home.resolve("cache")), what);
                    awaitNoTraining();
                }
                deleteTree(copy.home);
                Files.deleteIfExists(calls);
            }
        }
    }

    /** A JDK whose {@code java} only notes it was called: the launcher's choices, without a JVM. */
    private Path fakeJdk(Path calls) throws IOException {
        Path jdk = Files.createDirectories(work.resolve("fake-jdk/bin"));
        Files.writeString(jdk.resolveSibling("release"), "JAVA_VERSION=\"25.0.1\"\n");
        Path java = Files.writeString(jdk.resolve("java"), "#!/bin/sh\necho \"$*\" >> '" + calls + "'\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        return jdk.getParent();
    }

    @Test
    void discreetOrOfflineRunsNeverBuild() throws Exception {
        Path maven = copy.folder.resolve("maven-ran");
        Path mvnw = Files.writeString(copy.folder.resolve("mvnw"), "#!/bin/sh\ntouch '" + maven + "'\nexit 1\n");
        Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwx------"));
        Path source = Files.createDirectories(copy.folder.resolve("src/main")).resolve("Newer.java");
        Files.writeString(source, "class Newer { }");
        Files.writeString(copy.folder.resolve("pom.xml"), "<project/>");
        Files.setLastModifiedTime(copy.jar, FileTime.from(Instant.now().minusSeconds(3600)));

        for (Map.Entry<Map<String, String>, String> mode : Map.of(Map.of("LANG", "fr_FR.UTF-8"), "--discreet",
                Map.of("LANG", "en_US.UTF-8"), "--offline", Map.of("LISEUSE_DISCREET", "on"), "--ascii").entrySet()) {
            LauncherCopy.Run old = copy.run(mode.getKey(), mode.getValue(), "read", "demo:/dechets/horaires");
            assertEquals(0, old.code(), old.err());
            assertTrue(old.out().contains("Collecte des déchets"), "the old jar ran: " + old.out());
            assertTrue(old.err().matches("liseuse: [^\n]+\n"), "one line: " + old.err());
            assertFalse(Files.exists(maven), "no build in " + mode);
        }
        assertTrue(copy.run(Map.of("LANG", "fr_FR.UTF-8"), "--discreet", "read", "demo:/").err().contains("ancien"));

        awaitNoTraining();   // the offline run is not discreet: it trained a cache
        deleteTree(copy.home);
        Files.delete(copy.jar);
        LauncherCopy.Run none = copy.run(Map.of("LANG", "en_US.UTF-8"), "--discreet", "read", "demo:/");
        assertTrue(none.code() != 0, "no jar, no run");
        assertTrue(none.err().matches("liseuse: [^\n]*--discreet[^\n]*\n"), none.err());
        assertFalse(Files.exists(maven), "no build");
        assertFalse(Files.exists(copy.home), "nothing written");

        // the contrast: a normal run does build
        copy.run(Map.of(), "read", "demo:/");
        assertTrue(Files.exists(maven), "a normal run with no jar builds");
    }

    @Test
    void aTrainingKilledOnTheFirstRunLeavesNothingOutsideTheCacheFolder() throws Exception {
        WriteTrace.requireStrace();
        Path cache = Files.createDirectories(copy.home.resolve("cache"));
        Path log = work.resolve("trace.log");
        Process traced = copy.process(Map.of(), WriteTrace.traced(log, copy.command("read", "demo:/")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Path page = awaitTrainingPage(cache);
        // as when the terminal is closed: every process of the run, the training's included, killed at once
        traced.descendants().forEach(ProcessHandle::destroyForcibly);
        assertTrue(traced.waitFor(60, TimeUnit.SECONDS));

        assertEquals(List.of(), WriteTrace.changes(log, path -> path.startsWith(cache.toString()) || WriteTrace.deviceOrProcess(path)),
                "everything the run wrote is inside " + cache);
        assertTrue(Files.exists(page), "the kill left the training's folder behind: " + page);
        Path training = cache.relativize(page).getName(0);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.resolve(training))),
                "the training's folder is private");

        LauncherCopy.Run next = copy.run("read", "demo:/");
        assertEquals(0, next.code(), next.err());
        assertFalse(Files.exists(page.getParent()), "the next run removed what the killed training left");
        awaitNoTraining();
        try (Stream<Path> files = Files.list(cache)) {
            List<Path> left = files.toList();
            assertEquals(1, left.size(), "only the start-up cache: " + left);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(left.get(0))));
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)));
    }

    /** The page a first-run training reads, once written in the training's folder. */
    private Path awaitTrainingPage(Path cache) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.walk(cache)) {
                Optional<Path> page = files.filter(f -> f.getFileName().toString().equals("page.html")).findFirst();
                if (page.isPresent()) return page.get();
            } catch (IOException e) {
                // a folder went away while listed: look again
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the training never wrote its page");
    }

    @Test
    void offlineOrBehindAProxyTheTrainingMakesNoConnection() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket proxy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread counter = new Thread(() -> {
                while (!proxy.isClosed()) {
                    try (Socket s = proxy.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            counter.setDaemon(true);
            counter.start();
            String url = "http://127.0.0.1:" + proxy.getLocalPort();
            Map<String, String> env = Map.of("HTTPS_PROXY", url, "https_proxy", url, "HTTP_PROXY", url, "ALL_PROXY", url);

            LauncherCopy.Run offline = copy.run(env, "--offline", "--timeout", "2", "read", "https://www.service-public.fr/aide");
            assertEquals(69, offline.code(), offline.err());
            assertEquals(0, connections.get(), "offline: no connection");
            assertFalse(Files.exists(copy.home.resolve("cache")), "no training for an https address offline");
            // behind a proxy, a web address is not trained either; a local command is, without a connection
            copy.run(env, "--timeout", "2", "read", "https://www.service-public.fr/aide");
            int byTheRead = connections.get();
            assertTrue(copy.run(env, "--offline", "read", "demo:/").code() == 0);
            awaitNoTraining();
            try (Stream<Path> files = Files.list(copy.home.resolve("cache"))) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("-web.")), "no web training behind a proxy");
            }
            assertEquals(byTheRead, connections.get(), "no connection by the trainings");
        }
    }

    /** Waits until no training runs in the copy's cache folder (its private folder is gone). */
    private void awaitNoTraining() throws Exception {
        Path cache = copy.home.resolve("cache");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (Files.isDirectory(cache) && System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(cache)) {
                if (files.noneMatch(f -> f.getFileName().toString().startsWith("training-"))) return;
            }
            Thread.sleep(100);
        }
        assertFalse(Files.isDirectory(cache) && System.nanoTime() >= deadline, "the training ended");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }
}
