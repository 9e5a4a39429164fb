package fr.liseuse.cli;

/** Builds the command line and runs it; returns the exit code. */
public final class Cli {

    private Cli() { }

    public static int run(String[] args) {
        return 0;
    }
}
