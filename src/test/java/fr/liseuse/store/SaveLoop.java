package fr.liseuse.store;

import java.nio.file.Path;

/**
 * A child process for {@link KilledSaveTest}: saves pages with large bodies until it is killed, as one
 * long save does (pages written one by one, the index brought up to date every few pages).
 */
public final class SaveLoop {

    private SaveLoop() { }

    /** Arguments: library home, name prefix. Prints "ready" after the first save. */
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Library library = new Library(Pages.settings(home, false), LibraryEvents.SILENT);
        String filler = " lanterne éclairage public".repeat(3000);
        Library.Saving saving = library.saving();
        for (int i = 0; ; i++) {
            String slug = args[1] + "-" + i;
            saving.add(Pages.page(slug, "Lanterne " + slug, "Rallumage " + slug + filler));
            if (i == 0) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }
}
