package fr.liseuse.render;

import fr.liseuse.model.Contact;
import fr.liseuse.model.EmergencyEntry;
import fr.liseuse.model.EmergencyList;
import fr.liseuse.model.PersonalContact;
import fr.liseuse.text.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of the emergency list, the same wherever it is shown: per group a heading, then one
 * line per number (number, name, emergency or listening line, free, hours in short) that fits an
 * 80-column screen, and the details to show on request (purpose, hours, source, verification date).
 */
public final class EmergencyLines {

    /** Room for a page's label on a summary line; the whole label goes into the details. */
    private static final int LABEL_ROOM = 56;
    private static final String SEPARATOR = " · ";

    /** One number (or address, or a note about the user's contacts) of the list. */
    public record Item(String title, String summary, List<String> details) {
        public Item {
            details = List.copyOf(details);
        }
    }

    /** One of the list's groups, in the list's order. */
    public record Group(String heading, List<Item> items) {
        public Group {
            items = List.copyOf(items);
        }
    }

    private EmergencyLines() { }

    /** The groups of LIST in its order; the user's group appears when it has contacts or a problem to report. */
    public static List<Group> of(EmergencyList list, Messages messages) {
        List<Group> groups = new ArrayList<>();
        groups.add(new Group(messages.get("contacts.group.emergency"), directory(list.emergency(), messages)));
        if (!list.personal().isEmpty() || list.personalProblem() != null) {
            List<Item> items = new ArrayList<>();
            if (list.personalProblem() != null) items.add(new Item(list.personalProblem(), list.personalProblem(), List.of()));
            for (PersonalContact contact : list.personal()) items.add(personal(contact, messages));
            groups.add(new Group(messages.get("contacts.personal.heading"), items));
        }
        if (list.page() != null) groups.add(page(list.page(), messages));
        groups.add(new Group(messages.get("contacts.group.national"), directory(list.national(), messages)));
        return groups;
    }

    /** The group of a page's own numbers and addresses (CONTACTS), saying so when it has none. */
    public static Group page(List<Contact> contacts, Messages messages) {
        List<Item> items = new ArrayList<>();
        if (contacts.isEmpty()) {
            String none = messages.get("contacts.page.empty");
            items.add(new Item(none, none, List.of()));
        }
        for (Contact contact : contacts) items.add(page(contact, messages));
        return new Group(messages.get("contacts.page.heading"), items);
    }

    private static List<Item> directory(List<EmergencyEntry> entries, Messages messages) {
        List<Item> items = new ArrayList<>();
        for (EmergencyEntry e : entries) {
            String title = messages.get("contacts.line", e.display(), e.name());
            List<String> facts = new ArrayList<>();
            facts.add(messages.get(e.emergency() ? "contacts.kind.emergency" : "contacts.kind.listening"));
            if (e.sms() != null) facts.add(messages.get("contacts.short.sms"));
            facts.add(messages.get(e.free() ? "contacts.short.free" : "contacts.short.paid"));
            facts.add(e.brief());
            List<String> details = new ArrayList<>();
            details.add(e.purpose());
            details.add(messages.get("contacts.hours", e.hours()) + " "
                    + messages.get(e.free() ? "contacts.free" : "contacts.paid"));
            if (e.sms() != null) details.add(messages.get("contacts.sms", e.sms()));
            details.add(messages.get("contacts.source", e.sourceUrl()));
            details.add(messages.get("contacts.verified", e.verified()));
            items.add(new Item(title, title + SEPARATOR + String.join(SEPARATOR, facts), details));
        }
        return items;
    }

    private static Item personal(PersonalContact contact, Messages messages) {
        String line = messages.get("contacts.line", contact.display(), contact.name());
        return new Item(line, line, contact.note() == null ? List.of() : List.of(contact.note()));
    }

    private static Item page(Contact contact, Messages messages) {
        String what = contact instanceof Contact.Phone phone ? phone.display() : ((Contact.Email) contact).address();
        String label = contact.label() == null ? "" : contact.label().strip();
        if (label.isEmpty()) return new Item(what, what, List.of());
        String line = messages.get("contacts.line", what, shortened(label));
        return new Item(line, line, label.length() > LABEL_ROOM ? List.of(label) : List.of());
    }

    /** LABEL cut at a word so the summary keeps to one line. */
    private static String shortened(String label) {
        if (label.length() <= LABEL_ROOM) return label;
        int cut = label.lastIndexOf(' ', LABEL_ROOM - 1);
        return label.substring(0, cut > LABEL_ROOM / 2 ? cut : LABEL_ROOM - 1).stripTrailing() + "…";
    }
}
