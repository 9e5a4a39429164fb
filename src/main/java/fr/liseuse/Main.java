package fr.liseuse;

import fr.liseuse.cli.Cli;

/** Entry point: the only place that ends the program. */
public final class Main {

    private Main() { }

    public static void main(String[] args) {
        int code = Cli.run(args);
        // A success with no other thread left to wait for ends by returning, as the JVM then exits 0
        // with the same shutdown: System.exit first looks up a logger for the exit (JDK 21+), which
        // searches the class path for logging services and so opens the jar, 3-5 ms of every command.
        if (code == 0 && aloneAmongUserThreads()) return;
        System.exit(code);
    }

    /** Whether every live thread but this one is a daemon (a JVM whose main method returns waits for the others). */
    private static boolean aloneAmongUserThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) root = root.getParent();
        Thread[] threads = new Thread[root.activeCount() + 16];
        int n = root.enumerate(threads, true);
        if (n == threads.length) return false;   // more than it could list: not known
        for (int i = 0; i < n; i++) {
            if (threads[i] != Thread.currentThread() && !threads[i].isDaemon() && threads[i].isAlive()) return false;
        }
        return true;
    }
}
