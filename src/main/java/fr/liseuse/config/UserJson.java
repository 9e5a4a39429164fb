package fr.liseuse.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import fr.liseuse.text.Messages;
import java.io.IOException;
import java.nio.file.Path;

/** A JSON file the user wrote: read whole, or refused with a reason short enough for a one-line warning. */
public final class UserJson {

    /** The largest JSON file read from the user's folders: far more than any hand-written file. */
    public static final long MAX_BYTES = 1 << 20;

    /** Why a user file cannot be used, in a few words in the UI language (the caller names the file). */
    public static final class Unusable extends Exception {
        Unusable(String reason) {
            super(reason);
        }
    }

    private UserJson() { }

    public static JsonNode read(Path file, Messages messages) throws Unusable {
        try {
            return JsonTree.readWhole(RegularFile.read(file, MAX_BYTES, RegularFile.Links.FOLLOW));
        } catch (RegularFile.Refused e) {
            throw new Unusable(e.reason(messages));
        } catch (JsonProcessingException e) {
            // where the file goes wrong, never the parser's own words (Java class names, English)
            JsonLocation where = e.getLocation();
            throw new Unusable(messages.get("file.jsonLine", where == null ? "?" : String.valueOf(where.getLineNr()),
                    where == null ? "?" : String.valueOf(where.getColumnNr())));
        } catch (IOException e) {
            throw new Unusable(messages.get("file.unreadable"));
        }
    }
}
