package fr.liseuse.ui.tui;

import fr.liseuse.model.EmergencyList;
import fr.liseuse.model.Link;
import fr.liseuse.model.MenuEntry;
import fr.liseuse.render.EmergencyLines;
import fr.liseuse.render.ReadableDate;
import fr.liseuse.store.EntrySummary;
import fr.liseuse.text.Messages;
import fr.liseuse.text.Addresses;
import fr.liseuse.text.Sanitizer;
import fr.liseuse.ui.Binding;
import fr.liseuse.ui.Hit;
import fr.liseuse.ui.KeyTable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The entries of the reader's lists: site menu, links, search results, library, emergency panel, help. */
final class Lists {

    private Lists() { }

    static List<Entry> menu(List<MenuEntry> menu) {
        List<Entry> entries = new ArrayList<>();
        for (MenuEntry m : menu) {
            entries.add(new Entry(m.label(), List.of(), m.url(), menu(m.children()), false));
        }
        return entries;
    }

    static List<Entry> links(List<Link> links) {
        List<Entry> entries = new ArrayList<>();
        for (Link link : links) {
            entries.add(new Entry("[" + link.n() + "] " + link.text(), List.of(link.url()), link.url(), List.of(), false));
        }
        return entries;
    }

    /** Numbered hits under a heading that counts them; each opens its page (a library id or an address). */
    static List<Entry> hits(String heading, List<Hit> hits) {
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.heading(heading));
        int n = 0;
        for (Hit hit : hits) {
            List<String> details = new ArrayList<>();
            if (!hit.snippet().isBlank()) details.add(hit.snippet());
            if (!hit.address().isBlank() && !hit.address().equals(hit.target())) details.add(hit.target() + "  " + hit.address());
            else details.add(hit.target());
            entries.add(new Entry(++n + ". " + hit.title(), details, hit.target(), List.of(), false));
        }
        return entries;
    }

    /**
     * The saved pages, numbered, newest last as the library lists them, each with the day it was saved
     * and where it comes from; each opens by its id.
     */
    static List<Entry> library(String heading, List<EntrySummary> saved, Messages messages) {
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.heading(heading));
        int n = 0;
        for (EntrySummary e : saved) {
            String where = e.url() == null || e.url().isBlank() ? e.source() : e.url();
            String day = ReadableDate.of(LocalDate.ofInstant(e.savedAt(), ZoneId.systemDefault()), messages);
            List<String> details = List.of(messages.get("tui.library.saved", day),
                    e.id() + "  " + (where == null ? "" : Addresses.shown(where)));
            entries.add(new Entry(++n + ". " + Sanitizer.inline(titleOf(e, messages)), details, e.id(), List.of(), false));
        }
        return entries;
    }

    /** A saved page's title, or the words for an untitled one. */
    static String titleOf(EntrySummary e, Messages messages) {
        return e.title() == null || e.title().isBlank() ? messages.get("library.untitled") : e.title();
    }

    /**
     * The emergency list under its group headings, one line per number; Enter on a number opens
     * its details (purpose, hours, source, verification date) as a level of their own.
     */
    static List<Entry> emergency(EmergencyList list, Messages messages) {
        List<Entry> entries = new ArrayList<>();
        for (EmergencyLines.Group group : EmergencyLines.of(list, messages)) {
            entries.add(Entry.heading(group.heading()));
            for (EmergencyLines.Item item : group.items()) {
                List<Entry> details = new ArrayList<>();
                for (String detail : item.details()) details.add(Entry.item(detail, List.of()));
                entries.add(new Entry(item.summary(), List.of(), null, details, false));
            }
        }
        return entries;
    }

    /** One entry per action that has keys: the keys, then what they do; generated from the table. */
    static List<Entry> help(KeyTable keys, Messages messages) {
        List<Entry> entries = new ArrayList<>();
        for (Binding b : keys.bindings()) {
            if (b.keys().isEmpty()) continue;
            List<String> names = new ArrayList<>();
            for (String key : b.keys()) names.add(keyLabel(key, messages));
            entries.add(Entry.item(String.join(", ", names) + " : " + messages.get(b.keyHelpKey()), List.of()));
        }
        return entries;
    }

    /** A key as the user reads it: {@code Entrée} for Enter in French, the table's name otherwise. */
    static String keyLabel(String key, Messages messages) {
        String messageKey = "tui.key." + key;
        String label = messages.get(messageKey);
        return label.equals(messageKey) ? key : label;
    }
}
