package fr.liseuse.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import fr.liseuse.model.SearchResult;
import fr.liseuse.store.EntrySummary;
import fr.liseuse.store.LibraryHit;
import fr.liseuse.text.Addresses;
import fr.liseuse.text.Messages;
import fr.liseuse.text.Sanitizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Library entries and search hits as text (one numbered or id-led line each) or as one JSON array on
 * one line (CONTRACT §4). Every string is sanitised on the way out, and addresses lose any user name
 * or password (entries saved by older versions may hold one).
 */
final class LibraryOutput {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JsonFactory json = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private final Messages messages;
    private final PrintWriter out;

    LibraryOutput(Messages messages, PrintWriter out) {
        this.messages = messages;
        this.out = out;
    }

    /** {@code ID  DATE  TITLE} per entry, or the JSON array of {@code {id,title,url,source,savedAt}}. */
    void entries(List<EntrySummary> entries, PageCommand.ListFormat format) throws IOException {
        if (format == PageCommand.ListFormat.json) {
            try (JsonGenerator g = json.createGenerator(out)) {
                g.writeStartArray();
                for (EntrySummary entry : entries) entry(g, entry);
                g.writeEndArray();
            }
            out.println();
        } else if (entries.isEmpty()) {
            out.println(messages.get("library.empty"));
        } else {
            for (EntrySummary entry : entries) {
                String when = DAY_TIME.format(entry.savedAt().atZone(ZoneId.systemDefault()));
                out.println(messages.get("library.entry", entry.id(), when, title(entry.title())));
            }
        }
        out.flush();
    }

    /** One line per saved or removed entry: {@code library.saved} or {@code library.removed} with id and title. */
    void line(String key, EntrySummary entry) {
        out.println(messages.get(key, entry.id(), title(entry.title())));
        out.flush();
    }

    private void entry(JsonGenerator g, EntrySummary entry) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", entry.id());
        g.writeStringField("title", Sanitizer.inline(entry.title()));
        g.writeStringField("url", Addresses.shown(entry.url()));
        g.writeStringField("source", Addresses.shown(entry.source()));
        g.writeStringField("savedAt", entry.savedAt().toString());
        g.writeEndObject();
    }

    /** Numbered hits (title, id, address, snippet), or the JSON array of {@code {id,title,url,snippet,score}}. */
    void hits(String query, List<LibraryHit> hits, PageCommand.ListFormat format) throws IOException {
        List<Row> rows = hits.stream()
                .map(hit -> new Row(hit.id(), hit.title(), hit.url(), hit.snippet(), Math.round(hit.score() * 1000) / 1000.0))
                .toList();
        rows(rows, format, "search.none", query);
    }

    /** A site's own results, shaped like library hits without id and score. */
    void results(String query, List<SearchResult> results, PageCommand.ListFormat format) throws IOException {
        List<Row> rows = results.stream()
                .map(result -> new Row(null, result.title(), result.url(), result.snippet(), null))
                .toList();
        rows(rows, format, "search.site.none", query);
    }

    /** One search hit as printed; id and score are null for a site's results. */
    private record Row(String id, String title, String url, String snippet, Double score) { }

    private void rows(List<Row> rows, PageCommand.ListFormat format, String noneKey, String query) throws IOException {
        if (format == PageCommand.ListFormat.json) {
            try (JsonGenerator g = json.createGenerator(out)) {
                g.writeStartArray();
                for (Row row : rows) {
                    g.writeStartObject();
                    g.writeStringField("id", row.id());
                    g.writeStringField("title", clean(row.title()));
                    g.writeStringField("url", Addresses.shown(row.url()));
                    g.writeStringField("snippet", clean(row.snippet()));
                    if (row.score() == null) g.writeNullField("score");
                    else g.writeNumberField("score", row.score());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            out.println();
        } else if (rows.isEmpty()) {
            out.println(messages.get(noneKey, Sanitizer.inline(query)));
        } else {
            int n = 0;
            for (Row row : rows) {
                String title = title(row.title());
                // the rank as text: a number would have the message formatted through the locale's
                // NumberFormat, whose set-up was a twentieth of a cold search (and "1 000" in French)
                String rank = String.valueOf(++n);
                out.println(row.id() == null ? rank + ". " + title : messages.get("search.hit", rank, title, row.id()));
                if (row.url() != null) out.println("   " + Addresses.shown(row.url()));
                if (row.snippet() != null && !row.snippet().isBlank()) out.println("   " + Sanitizer.inline(row.snippet()));
            }
        }
        out.flush();
    }

    private String title(String title) {
        return title == null || title.isBlank() ? messages.get("library.untitled") : Sanitizer.inline(title);
    }

    private static String clean(String s) {
        return s == null ? null : Sanitizer.inline(s);
    }
}
