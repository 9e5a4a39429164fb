package fr.liseuse.store;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts real JVMs on the test class path, as two terminals or a killed process would. */
final class Children {

    private Children() { }

    static Process start(Path home, Path log, String mainClass, List<String> args) throws IOException {
        return start(home, log, java(mainClass, args));
    }

    /** As {@link #start(Path, Path, String, List)}, with the umask a user's shell would give it. */
    static Process startWithUmask(String umask, Path home, Path log, String mainClass, List<String> args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "umask " + umask + " && exec \"$@\"", "sh"));
        command.addAll(java(mainClass, args));
        return start(home, log, command);
    }

    private static List<String> java(String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(classPath());
        command.add("-XX:TieredStopAtLevel=1");
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    private static Process start(Path home, Path log, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("LISEUSE_HOME", home.toString());
        builder.environment().put("LANG", "fr_FR.UTF-8");
        builder.environment().remove("LISEUSE_DISCREET");
        return builder.start();
    }

    /** Surefire puts the real class path here; {@code java.class.path} may be a manifest-only jar. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
