package fr.liseuse.ui.tui;

import fr.liseuse.model.Contact;
import fr.liseuse.model.EmergencyEntry;
import fr.liseuse.model.PersonalContact;
import fr.liseuse.model.Link;
import fr.liseuse.model.MenuEntry;
import fr.liseuse.store.EntrySummary;
import fr.liseuse.text.Messages;
import fr.liseuse.text.Addresses;
import fr.liseuse.text.Sanitizer;
import fr.liseuse.ui.Binding;
import fr.liseuse.ui.Hit;
import fr.liseuse.ui.KeyTable;
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

    /** The saved pages, numbered, newest last as the library lists them; each opens by its id. */
    static List<Entry> library(String heading, List<EntrySummary> saved, Messages messages) {
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.heading(heading));
        int n = 0;
        for (EntrySummary e : saved) {
            String title = e.title() == null || e.title().isBlank() ? messages.get("library.untitled") : e.title();
            String where = e.url() == null || e.url().isBlank() ? e.source() : e.url();
            entries.add(new Entry(++n + ". " + Sanitizer.inline(title),
                    List.of(e.id() + "  " + (where == null ? "" : Addresses.shown(where))), e.id(), List.of(), false));
        }
        return entries;
    }

    /**
     * The national directory, then the page's own numbers and addresses (or a line saying there are
     * none), under two headings; each national entry with its purpose, hours and cost.
     */
    static List<Entry> emergency(List<PersonalContact> personal, List<EmergencyEntry> directory, List<Contact> page,
            Messages messages) {
        List<Entry> entries = new ArrayList<>();
        if (!personal.isEmpty()) {
            entries.add(Entry.heading(messages.get("contacts.personal.heading")));
            for (PersonalContact p : personal) {
                List<String> details = p.note() == null || p.note().isBlank() ? List.of() : List.of(p.note());
                entries.add(Entry.item(p.display() + " : " + p.name(), details));
            }
            entries.add(Entry.heading(""));
        }
        entries.add(Entry.heading(messages.get("contacts.directory.heading")));
        for (EmergencyEntry e : directory) {
            String kind = messages.get(e.emergency() ? "contacts.emergency" : "contacts.notEmergency");
            List<String> details = new ArrayList<>();
            details.add(e.purpose());
            details.add(messages.get("contacts.hours", e.hours()) + " "
                    + messages.get(e.free() ? "contacts.free" : "contacts.paid"));
            if (e.sms() != null && !e.sms().isBlank()) details.add(messages.get("contacts.sms", e.sms()));
            entries.add(Entry.item(messages.get("contacts.entry", e.display(), e.name(), kind), details));
        }
        entries.add(Entry.heading(""));
        entries.add(Entry.heading(page == null ? messages.get("tui.emergency.noPage")
                : messages.get("contacts.page.heading")));
        if (page != null && page.isEmpty()) entries.add(Entry.item(messages.get("contacts.page.empty"), List.of()));
        for (Contact c : page == null ? List.<Contact>of() : page) {
            String what = c instanceof Contact.Phone phone ? phone.display() : ((Contact.Email) c).address();
            List<String> details = c.label() == null || c.label().isBlank() ? List.of() : List.of(c.label());
            entries.add(Entry.item(what, details));
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
