package fr.liseuse;

import fr.liseuse.cli.Cli;

/** Entry point: the only place that calls {@code System.exit}. */
public final class Main {

    private Main() { }

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
