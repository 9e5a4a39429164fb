package fr.liseuse.ui.line;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads the user's lines on a thread of its own, so that a page load or a search never keeps a
 * command from being read. Stops after a line that ends the session (quit, quick exit): a thread
 * left blocked in a native read would make the JVM wait up to 300 ms at exit, which would break the
 * quick exit's promise.
 */
final class LineInput {

    private LineInput() { }

    /**
     * @param last   whether nothing is to be read after this line
     * @param lines  called on the input thread for each line (it hands it over to the line thread)
     * @param end    called on the input thread at end of input, or when input cannot be read
     */
    static void start(BufferedReader in, Predicate<String> last, Consumer<String> lines, Runnable end) {
        Thread thread = new Thread(() -> {
            try {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.accept(line);
                    if (last.test(line)) return;
                }
            } catch (IOException unreadable) {
                // a terminal that went away: the same as end of input
            }
            end.run();
        }, "liseuse-input");
        thread.setDaemon(true);
        thread.start();
    }
}
