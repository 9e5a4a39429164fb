package fr.liseuse.store;

import fr.liseuse.config.RegularFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The file of one entry: a version line, a line of metadata JSON (what listing needs, the lengths
 * and a SHA-256 of the rest), the page JSON, then the raw bytes. Listing reads the first two lines
 * and checks the length; a full read also checks the digest, so a damaged file is always noticed.
 * Only plain files of at most {@link #MAX_BYTES} are read; anything else at an entry's name (a link,
 * a named pipe, a folder, a huge file) counts as a damaged entry.
 */
final class EntryFormat {

    static final String VERSION_LINE = "liseuse-entry/1";
    static final String SUFFIX = ".entry";
    private static final int MAX_LINE = 1 << 20;
    /**
     * Room for a page at the default input cap (10 MiB) with its extracted text, several times over,
     * and little enough to read into memory at once.
     */
    static final long MAX_BYTES = 64L << 20;
    private static final int CHUNK = 4096;

    private final FlatJson json = new FlatJson();

    /** Whether the page, once stored, stays within what {@link #read} accepts (its metadata line included). */
    static boolean fits(NewEntry page) {
        long bytes = (long) page.pageJson().getBytes(StandardCharsets.UTF_8).length + page.raw().length + MAX_LINE;
        return bytes <= MAX_BYTES;
    }

    /** The content of the file, in parts written one after the other. */
    byte[][] encode(Entry entry) throws IOException {
        byte[] page = entry.pageJson().getBytes(StandardCharsets.UTF_8);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("id", entry.id());
        meta.put("key", entry.key());
        meta.put("savedAt", entry.savedAt().toString());
        meta.put("title", entry.page().title());
        meta.put("url", entry.address());
        meta.put("lang", entry.page().lang());
        meta.put("source", entry.capture().source());
        meta.put("fetchedUrl", entry.capture().url());
        meta.put("contentType", entry.capture().contentType());
        meta.put("charset", entry.capture().charset());
        meta.put("fetchedAt", entry.capture().fetchedAt().toString());
        meta.put("pageBytes", page.length);
        meta.put("rawBytes", entry.raw().length);
        meta.put("sha256", Ids.sha256(page, entry.raw()));
        byte[] head = (VERSION_LINE + "\n" + json.write(meta) + "\n").getBytes(StandardCharsets.UTF_8);
        return new byte[][] {head, page, entry.raw()};
    }

    /** The listing fields, after checking the version and the file's length. */
    EntrySummary summary(Path file) throws IOException, DamagedEntryException {
        try (RegularFile.Opened opened = open(file)) {
            Head head = head(file, opened.stream());
            if (opened.size() != (long) head.length + head.pageBytes + head.rawBytes) throw damaged(file, "length");
            return new EntrySummary(head.field("id"), head.meta.getOrDefault("title", ""), head.meta.get("url"),
                    head.field("source"), head.savedAt());
        }
    }

    /** What makes two saves the same page (see {@link Entry#key}). */
    String key(Path file) throws IOException, DamagedEntryException {
        try (RegularFile.Opened opened = open(file)) {
            return head(file, opened.stream()).field("key");
        }
    }

    /** The whole entry, checked against its digest. */
    Entry read(Path file) throws IOException, DamagedEntryException {
        byte[] all;
        try {
            all = RegularFile.read(file, MAX_BYTES, RegularFile.Links.REFUSE);
        } catch (RegularFile.Refused e) {
            throw damaged(file, e.getMessage());
        }
        Head head = head(file, all);
        if (all.length != (long) head.length + head.pageBytes + head.rawBytes) throw damaged(file, "length");
        byte[] page = Arrays.copyOfRange(all, head.length, head.length + head.pageBytes);
        byte[] raw = Arrays.copyOfRange(all, head.length + head.pageBytes, all.length);
        if (!Ids.sha256(page, raw).equals(head.field("sha256"))) throw damaged(file, "digest");
        String pageJson = new String(page, StandardCharsets.UTF_8);
        PageText text;
        try {
            text = PageText.parse(pageJson, json);
        } catch (IOException e) {
            throw damaged(file, "page");
        }
        Instant fetchedAt = head.instant("fetchedAt");
        Capture capture = new Capture(head.field("source"), head.meta.get("fetchedUrl"), head.meta.get("contentType"),
                head.meta.get("charset"), fetchedAt);
        return new Entry(head.field("id"), head.field("key"), head.savedAt(), capture, text, pageJson, raw);
    }

    private static RegularFile.Opened open(Path file) throws DamagedEntryException {
        try {
            return RegularFile.open(file, MAX_BYTES, RegularFile.Links.REFUSE);
        } catch (RegularFile.Refused e) {
            throw damaged(file, e.getMessage());
        }
    }

    /** Reads only as far as the end of the metadata line (a few hundred bytes, usually). */
    private Head head(Path file, InputStream in) throws IOException, DamagedEntryException {
        byte[] start = new byte[0];
        int newlines = 0;
        while (newlines < 2 && start.length < MAX_LINE) {
            byte[] more = in.readNBytes(CHUNK);
            if (more.length == 0) break;
            for (byte b : more) {
                if (b == '\n') newlines++;
            }
            byte[] joined = Arrays.copyOf(start, start.length + more.length);
            System.arraycopy(more, 0, joined, start.length, more.length);
            start = joined;
        }
        return head(file, start);
    }

    private Head head(Path file, byte[] start) throws DamagedEntryException {
        int first = indexOf(start, 0);
        if (first < 0 || !VERSION_LINE.equals(new String(start, 0, first, StandardCharsets.UTF_8))) {
            throw damaged(file, "version");
        }
        int second = indexOf(start, first + 1);
        if (second < 0) throw damaged(file, "metadata");
        Map<String, String> meta;
        try {
            meta = json.read(new String(start, first + 1, second - first - 1, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw damaged(file, "metadata");
        }
        Head head = new Head(file, meta, second + 1);
        String expected = file.getFileName().toString();
        String id = head.field("id");
        if (!Ids.looksLikeId(id) || !expected.equals(id + SUFFIX)) throw damaged(file, "id");
        return head;
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') return i;
        }
        return -1;
    }

    static DamagedEntryException damaged(Path file, String what) {
        return new DamagedEntryException(file.getFileName() + ": " + what);
    }

    /** The two first lines, parsed. */
    private static final class Head {
        final Path file;
        final Map<String, String> meta;
        final int length;
        final int pageBytes;
        final int rawBytes;

        Head(Path file, Map<String, String> meta, int length) throws DamagedEntryException {
            this.file = file;
            this.meta = meta;
            this.length = length;
            this.pageBytes = number("pageBytes");
            this.rawBytes = number("rawBytes");
        }

        String field(String name) throws DamagedEntryException {
            String value = meta.get(name);
            if (value == null) throw damaged(file, name);
            return value;
        }

        int number(String name) throws DamagedEntryException {
            try {
                int n = Integer.parseInt(field(name));
                if (n < 0) throw damaged(file, name);
                return n;
            } catch (NumberFormatException e) {
                throw damaged(file, name);
            }
        }

        Instant savedAt() throws DamagedEntryException {
            return instant("savedAt");
        }

        Instant instant(String name) throws DamagedEntryException {
            try {
                return Instant.parse(field(name));
            } catch (DateTimeParseException e) {
                throw damaged(file, name);
            }
        }
    }
}
