package fr.liseuse.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A JSON file the user wrote: read whole, or refused with a reason short enough for a one-line warning. */
public final class UserJson {

    /** Why a user file cannot be used, in a few words (the caller names the file). */
    public static final class Unusable extends Exception {
        Unusable(String reason) {
            super(reason);
        }
    }

    private UserJson() { }

    public static JsonNode read(Path file, long maxBytes) throws Unusable {
        try {
            if (Files.size(file) > maxBytes) throw new Unusable("larger than " + maxBytes / 1024 + " KiB");
            return JsonTree.read(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new Unusable("JSON line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()));
        } catch (IOException | SecurityException e) {
            throw new Unusable("unreadable");
        }
    }
}
