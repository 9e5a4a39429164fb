package fr.liseuse.store;

import java.nio.file.Path;
import java.util.List;

/** A child process for {@link KilledSaveTest}: saves pages with large bodies until it is killed. */
public final class SaveLoop {

    private SaveLoop() { }

    /** Arguments: library home, name prefix. Prints "ready" after the first save. */
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Library library = new Library(Pages.settings(home, false), LibraryEvents.SILENT);
        String filler = " lanterne éclairage public".repeat(3000);
        for (int i = 0; ; i++) {
            String slug = args[1] + "-" + i;
            library.save(List.of(Pages.page(slug, "Lanterne " + slug, "Rallumage " + slug + filler)));
            if (i == 0) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }
}
