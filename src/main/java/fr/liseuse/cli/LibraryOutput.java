package fr.liseuse.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import fr.liseuse.model.SearchResult;
import fr.liseuse.store.EntrySummary;
import fr.liseuse.store.LibraryHit;
import fr.liseuse.text.Messages;
import fr.liseuse.text.Sanitizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Library entries and search hits as text (one numbered or id-led line each) or as one JSON array on
 * one line (CONTRACT §4). Every string is sanitised on the way out.
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

    void entry(JsonGenerator g, EntrySummary entry) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", entry.id());
        g.writeStringField("title", Sanitizer.inline(entry.title()));
        g.writeStringField("url", clean(entry.url()));
        g.writeStringField("source", Sanitizer.inline(entry.source()));
        g.writeStringField("savedAt", entry.savedAt().toString());
        g.writeEndObject();
    }

    /** Numbered hits (title, id, address, snippet), or the JSON array of {@code {id,title,url,snippet,score}}. */
    void hits(String query, List<LibraryHit> hits, PageCommand.ListFormat format) throws IOException {
        if (format == PageCommand.ListFormat.json) {
            try (JsonGenerator g = json.createGenerator(out)) {
                g.writeStartArray();
                for (LibraryHit hit : hits) {
                    g.writeStartObject();
                    g.writeStringField("id", hit.id());
                    g.writeStringField("title", Sanitizer.inline(hit.title()));
                    g.writeStringField("url", clean(hit.url()));
                    g.writeStringField("snippet", Sanitizer.inline(hit.snippet()));
                    g.writeNumberField("score", Math.round(hit.score() * 1000) / 1000.0);
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            out.println();
        } else if (hits.isEmpty()) {
            out.println(messages.get("search.none", Sanitizer.inline(query)));
        } else {
            int n = 0;
            for (LibraryHit hit : hits) {
                out.println(messages.get("search.hit", ++n, title(hit.title()), hit.id()));
                if (hit.url() != null) out.println("   " + Sanitizer.inline(hit.url()));
                if (!hit.snippet().isEmpty()) out.println("   " + Sanitizer.inline(hit.snippet()));
            }
        }
        out.flush();
    }

    /** A site's own results, shaped like library hits without id and score. */
    void results(String query, List<SearchResult> results, PageCommand.ListFormat format) throws IOException {
        if (format == PageCommand.ListFormat.json) {
            try (JsonGenerator g = json.createGenerator(out)) {
                g.writeStartArray();
                for (SearchResult result : results) {
                    g.writeStartObject();
                    g.writeNullField("id");
                    g.writeStringField("title", clean(result.title()));
                    g.writeStringField("url", clean(result.url()));
                    g.writeStringField("snippet", clean(result.snippet()));
                    g.writeNullField("score");
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            out.println();
        } else if (results.isEmpty()) {
            out.println(messages.get("search.site.none", Sanitizer.inline(query)));
        } else {
            int n = 0;
            for (SearchResult result : results) {
                out.println(++n + ". " + title(result.title()));
                if (result.url() != null) out.println("   " + Sanitizer.inline(result.url()));
                if (result.snippet() != null && !result.snippet().isBlank()) {
                    out.println("   " + Sanitizer.inline(result.snippet()));
                }
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
