package fr.liseuse.cli;

/** Build-time generator of the completion scripts (run by the exec plugin). */
public final class CompletionScripts {

    private CompletionScripts() { }

    public static void main(String[] args) {
        // filled in with the command model
    }
}
