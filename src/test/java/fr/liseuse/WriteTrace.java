package fr.liseuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every file-system change a process tree attempts, as {@code strace -f} records it: a path opened
 * for writing or created, a folder made, a name renamed, linked or removed, a mode changed, a socket
 * file bound. Attempts count, whether they succeeded or not.
 */
final class WriteTrace {

    private static final String CALLS = "open,openat,openat2,creat,mkdir,mkdirat,rename,renameat,renameat2,"
            + "unlink,unlinkat,rmdir,link,linkat,symlink,symlinkat,truncate,mknod,mknodat,chmod,fchmodat,bind";
    private static final Pattern CALL = Pattern.compile("^\\d+\\s+([a-z0-9_]+)\\((.*)$");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern WRITING = Pattern.compile("O_WRONLY|O_RDWR|O_CREAT|O_TRUNC");

    private WriteTrace() { }

    /** COMMAND under strace, its log written to LOG (strace itself is not traced). */
    static List<String> traced(Path log, List<String> command) {
        List<String> traced = new ArrayList<>(List.of("strace", "-f", "-qq", "-s", "4096", "-o", log.toString(),
                "-e", "trace=" + CALLS));
        traced.addAll(command);
        return traced;
    }

    /** Fails unless strace can be run: the checks that need it are never skipped (CI installs it). */
    static void requireStrace() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("strace", "-V").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor(), "strace is needed to check what is written (apt-get install strace; .ci/run does)");
    }

    /** The lines of LOG that change a path for which ALLOWED is false. */
    static List<String> changes(Path log, java.util.function.Predicate<String> allowed) throws IOException {
        List<String> found = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher call = CALL.matcher(line);
            // a call interrupted by another process's shows its arguments on its first line; its "resumed" end is skipped
            if (!call.find() || !changes(call.group(1), call.group(2))) continue;
            Matcher quoted = QUOTED.matcher(call.group(2));
            boolean outside = false;
            boolean any = false;
            while (quoted.find()) {
                any = true;
                outside |= !allowed.test(quoted.group(1));
            }
            if (outside || !any && !call.group(1).equals("bind")) found.add(line);
        }
        return found;
    }

    /** The paths of /dev and /proc, the only ones a discreet run may open for writing. */
    static boolean deviceOrProcess(String path) {
        return path.startsWith("/dev/") || path.startsWith("/proc/");
    }

    private static boolean changes(String call, String arguments) {
        if (call.startsWith("open")) return WRITING.matcher(arguments).find();
        if (call.equals("bind")) return arguments.contains("AF_UNIX") && arguments.contains("sun_path=\"");
        return true;
    }
}
