package fr.liseuse.render;

import com.fasterxml.jackson.core.JsonGenerator;
import fr.liseuse.model.Contact;
import fr.liseuse.model.EmergencyEntry;
import fr.liseuse.model.PersonalContact;
import fr.liseuse.text.Messages;
import java.io.IOException;
import java.util.List;

/**
 * The emergency contacts in three clearly separate sections, each marked with where it comes from:
 * the numbers found in the page first (what the reader was looking at), then the user's own
 * contacts, then the reviewed national directory.
 */
public final class ContactsRenderer {

    private final Messages messages;
    private final JsonOutput json = new JsonOutput();

    public ContactsRenderer(Messages messages) {
        this.messages = messages;
    }

    /** Without personal contacts: the page's contacts, then the directory. */
    public void text(List<EmergencyEntry> directory, List<Contact> page, Appendable out) throws IOException {
        text(page, List.of(), directory, out);
    }

    /**
     * @param page     the page's contacts; null when no page was given (the section is left out),
     *                 empty to say the page has none
     * @param personal the user's contacts; their section is left out when there are none
     */
    public void text(List<Contact> page, List<PersonalContact> personal, List<EmergencyEntry> directory, Appendable out)
            throws IOException {
        LineBuffer lines = new LineBuffer();
        if (page != null) {
            lines.heading(messages.get("contacts.page.heading"), 0, '=');
            lines.gap();
            if (page.isEmpty()) lines.line(messages.get("contacts.page.empty"));
            for (Contact contact : page) {
                String what = contact instanceof Contact.Phone phone ? phone.display()
                        : ((Contact.Email) contact).address();
                lines.line(contact.label() == null || contact.label().isBlank() ? what
                        : messages.get("contacts.pageEntry", what, contact.label()));
            }
            lines.gap();
        }
        if (!personal.isEmpty()) {
            lines.heading(messages.get("contacts.personal.heading"), 0, '=');
            for (PersonalContact contact : personal) {
                lines.gap();
                lines.line(messages.get("contacts.personal.entry", contact.display(), contact.name()));
                if (contact.note() != null) lines.line("  " + contact.note());
            }
            lines.gap();
        }
        lines.heading(messages.get("contacts.directory.heading"), 0, '=');
        for (EmergencyEntry entry : directory) {
            lines.gap();
            String kind = messages.get(entry.emergency() ? "contacts.emergency" : "contacts.notEmergency");
            lines.line(messages.get("contacts.entry", entry.display(), entry.name(), kind));
            lines.line("  " + entry.purpose());
            lines.line("  " + messages.get("contacts.hours", entry.hours()) + " "
                    + messages.get(entry.free() ? "contacts.free" : "contacts.paid"));
            if (entry.sms() != null && !entry.sms().isBlank()) {
                lines.line("  " + messages.get("contacts.sms", entry.sms()));
            }
        }
        lines.writeTo(out);
    }

    /** Without personal contacts: the page's contacts, then the directory. */
    public void json(List<EmergencyEntry> directory, List<Contact> page, Appendable out) throws IOException {
        json(page, List.of(), directory, out);
    }

    /**
     * One array on one line: {@code {"number","display","name","purpose","hours","free","sms",
     * "emergency","source","label","sourceUrl","verified"}} per contact, null where a field does
     * not apply; {@code source} is {@code page}, {@code user} or {@code directory}, in that order.
     * A page's e-mail address goes in {@code display}, its {@code number} is null; a user's note
     * goes in {@code purpose}.
     */
    public void json(List<Contact> page, List<PersonalContact> personal, List<EmergencyEntry> directory, Appendable out)
            throws IOException {
        try (JsonGenerator g = json.open(out)) {
            g.writeStartArray();
            for (Contact contact : page == null ? List.<Contact>of() : page) {
                g.writeStartObject();
                if (contact instanceof Contact.Phone phone) {
                    g.writeStringField("number", phone.number());
                    g.writeStringField("display", phone.display());
                } else if (contact instanceof Contact.Email email) {
                    g.writeNullField("number");
                    g.writeStringField("display", email.address());
                }
                nulls(g, "name", "purpose", "hours", "free", "sms", "emergency");
                g.writeStringField("source", "page");
                g.writeStringField("label", contact.label());
                nulls(g, "sourceUrl", "verified");
                g.writeEndObject();
            }
            for (PersonalContact contact : personal) {
                g.writeStartObject();
                g.writeStringField("number", contact.number());
                g.writeStringField("display", contact.display());
                g.writeStringField("name", contact.name());
                g.writeStringField("purpose", contact.note());
                nulls(g, "hours", "free", "sms", "emergency");
                g.writeStringField("source", "user");
                nulls(g, "label", "sourceUrl", "verified");
                g.writeEndObject();
            }
            for (EmergencyEntry entry : directory) {
                g.writeStartObject();
                g.writeStringField("number", entry.number());
                g.writeStringField("display", entry.display());
                g.writeStringField("name", entry.name());
                g.writeStringField("purpose", entry.purpose());
                g.writeStringField("hours", entry.hours());
                g.writeBooleanField("free", entry.free());
                g.writeStringField("sms", entry.sms());
                g.writeBooleanField("emergency", entry.emergency());
                g.writeStringField("source", "directory");
                g.writeNullField("label");
                g.writeStringField("sourceUrl", entry.sourceUrl());
                g.writeStringField("verified", entry.verified());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.append('\n');
    }

    private static void nulls(JsonGenerator g, String... fields) throws IOException {
        for (String field : fields) g.writeNullField(field);
    }
}
