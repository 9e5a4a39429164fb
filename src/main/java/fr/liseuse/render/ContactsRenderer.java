package fr.liseuse.render;

import com.fasterxml.jackson.core.JsonGenerator;
import fr.liseuse.model.Contact;
import fr.liseuse.model.EmergencyEntry;
import fr.liseuse.text.Messages;
import java.io.IOException;
import java.util.List;

/**
 * The emergency contacts: the national directory first, then the numbers and addresses found in
 * the page, in two clearly separate sections.
 */
public final class ContactsRenderer {

    private final Messages messages;
    private final JsonOutput json = new JsonOutput();

    public ContactsRenderer(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param page the page's contacts; null when no page was given (the section is left out),
     *             empty to say the page has none
     */
    public void text(List<EmergencyEntry> directory, List<Contact> page, Appendable out) throws IOException {
        LineBuffer lines = new LineBuffer();
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
        if (page != null) {
            lines.gap();
            lines.heading(messages.get("contacts.page.heading"), 0, '=');
            lines.gap();
            if (page.isEmpty()) lines.line(messages.get("contacts.page.empty"));
            for (Contact contact : page) {
                String what = contact instanceof Contact.Phone phone ? phone.display()
                        : ((Contact.Email) contact).address();
                lines.line(contact.label() == null || contact.label().isBlank() ? what
                        : messages.get("contacts.pageEntry", what, contact.label()));
            }
        }
        lines.writeTo(out);
    }

    /**
     * One array on one line: {@code {"number","display","name","purpose","hours","free","sms",
     * "emergency","source","label","sourceUrl","verified"}} per contact, null where a field does
     * not apply. A page's e-mail address goes in {@code display}, its {@code number} is null.
     */
    public void json(List<EmergencyEntry> directory, List<Contact> page, Appendable out) throws IOException {
        try (JsonGenerator g = json.open(out)) {
            g.writeStartArray();
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
            for (Contact contact : page == null ? List.<Contact>of() : page) {
                g.writeStartObject();
                if (contact instanceof Contact.Phone phone) {
                    g.writeStringField("number", phone.number());
                    g.writeStringField("display", phone.display());
                } else if (contact instanceof Contact.Email email) {
                    g.writeNullField("number");
                    g.writeStringField("display", email.address());
                }
                for (String field : new String[] {"name", "purpose", "hours", "free", "sms", "emergency"}) {
                    g.writeNullField(field);
                }
                g.writeStringField("source", "page");
                g.writeStringField("label", contact.label());
                g.writeNullField("sourceUrl");
                g.writeNullField("verified");
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.append('\n');
    }
}
