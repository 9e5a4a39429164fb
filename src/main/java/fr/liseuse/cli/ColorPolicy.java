package fr.liseuse.cli;

import java.util.Map;

/**
 * Whether output may carry colour, decided once: {@code --color} first, then NO_COLOR (non-empty),
 * CLICOLOR_FORCE, TERM=dumb, CLICOLOR=0, and finally whether standard output is a terminal
 * (precedence as in no-color.org and the CLICOLOR convention).
 */
final class ColorPolicy {

    private ColorPolicy() { }

    static boolean colour(String option, Map<String, String> env, boolean stdoutIsTerminal) {
        if ("never".equals(option)) return false;
        if ("always".equals(option)) return true;
        if (set(env.get("NO_COLOR"))) return false;
        String force = env.get("CLICOLOR_FORCE");
        if (set(force) && !"0".equals(force)) return true;
        if (Tty.dumb(env) || "0".equals(env.get("CLICOLOR"))) return false;
        return stdoutIsTerminal;
    }

    private static boolean set(String value) {
        return value != null && !value.isEmpty();
    }
}
