package fr.liseuse.ui;

import fr.liseuse.model.Contact;
import fr.liseuse.model.EmergencyList;
import fr.liseuse.model.Page;
import fr.liseuse.render.ContactsRenderer;
import fr.liseuse.render.EmergencyLines;
import fr.liseuse.store.EmergencyDirectory;
import fr.liseuse.store.PersonalContacts;
import fr.liseuse.text.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The emergency list of a reading session, for the full-screen panel and line mode's {@code !} alike. */
public final class EmergencyContacts {

    private EmergencyContacts() { }

    /** The list for what the session shows now: the user's contacts and the current page's numbers, if a page is open. */
    public static EmergencyList of(Session session, Messages messages) {
        return of(session, session.current().orElse(null), messages);
    }

    /** The list as it reads with PAGE open (null: none). */
    public static EmergencyList of(Session session, Page page, Messages messages) {
        return of(session.personal(), page == null ? null : page.contacts(), messages);
    }

    /**
     * The list with the bundled directory in the UI language, the user's contacts (and what went
     * wrong reading them) and PAGE_CONTACTS (null: no page).
     */
    public static EmergencyList of(PersonalContacts.Loaded personal, List<Contact> pageContacts, Messages messages) {
        return EmergencyList.of(EmergencyDirectory.bundled().entries(messages.lang()), personal.contacts(),
                personal.problem(), pageContacts);
    }

    /** A page's own numbers and addresses as plain lines for line mode, one each, as the list shows them. */
    public static List<String> pageLines(List<Contact> pageContacts, Messages messages) {
        return EmergencyLines.page(pageContacts, messages).items().stream().map(EmergencyLines.Item::summary).toList();
    }

    /** The list as plain lines for line mode: one line per number first, then the details; no rules under headings. */
    public static List<String> lines(Session session, Messages messages) {
        StringBuilder text = new StringBuilder();
        try {
            new ContactsRenderer(messages, false).text(of(session, messages), text);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return text.toString().lines().toList();
    }
}
