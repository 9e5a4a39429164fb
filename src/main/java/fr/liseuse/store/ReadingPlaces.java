package fr.liseuse.store;

import fr.liseuse.config.RegularFile;
import fr.liseuse.model.Place;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the reader left each saved page, by library id: one small JSON object in the library folder
 * ({@code {"id": "line lines link"}}), or, in discreet mode, a map that lives as long as the process
 * and is never written.
 */
final class ReadingPlaces {

    private static final long MAX_BYTES = 256 * 1024;

    private final Path file;
    private final AtomicFiles files;
    private final FlatJson json = new FlatJson();
    /** Discreet mode: the places of this session only; null when they go to the file. */
    private final Map<String, Place> memory;

    ReadingPlaces(Path file, AtomicFiles files, boolean discreet) {
        this.file = file;
        this.files = files;
        this.memory = discreet ? new HashMap<>() : null;
    }

    Optional<Place> find(String id) {
        if (memory != null) return Optional.ofNullable(memory.get(id));
        return Optional.ofNullable(read().get(id)).flatMap(ReadingPlaces::parse);
    }

    /** Records PLACE for ID; call with the library lock held (the file is read, changed and replaced). */
    void keep(String id, Place place) throws IOException {
        if (memory != null) {
            memory.put(id, place);
            return;
        }
        Map<String, String> all = read();
        all.put(id, place.line() + " " + place.lines() + " " + place.link());
        files.replace(file, json.write(all).getBytes(StandardCharsets.UTF_8));
    }

    /** Forgets the places of removed entries; call with the library lock held. */
    void forget(Iterable<String> ids) throws IOException {
        if (memory != null) {
            ids.forEach(memory::remove);
            return;
        }
        Map<String, String> all = read();
        boolean changed = false;
        for (String id : ids) changed |= all.remove(id) != null;
        if (changed) files.replace(file, json.write(all).getBytes(StandardCharsets.UTF_8));
    }

    /** The recorded places; none when the file is missing or is not one liseuse wrote. */
    private Map<String, String> read() {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return new LinkedHashMap<>();
        try {
            return json.read(new String(RegularFile.read(file, MAX_BYTES, RegularFile.Links.REFUSE), StandardCharsets.UTF_8));
        } catch (IOException unusable) {
            // a place is a convenience: the page then opens at the top, and the next place replaces the file
            return new LinkedHashMap<>();
        }
    }

    private static Optional<Place> parse(String text) {
        String[] parts = text.split(" ");
        if (parts.length != 3) return Optional.empty();
        try {
            return Optional.of(new Place(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
        } catch (IllegalArgumentException damaged) {
            return Optional.empty();
        }
    }
}
