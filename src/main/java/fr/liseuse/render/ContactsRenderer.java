package fr.liseuse.render;

import com.fasterxml.jackson.core.JsonGenerator;
import fr.liseuse.model.Contact;
import fr.liseuse.model.EmergencyEntry;
import fr.liseuse.model.EmergencyList;
import fr.liseuse.model.PersonalContact;
import fr.liseuse.text.Messages;
import java.io.IOException;
import java.util.List;

/**
 * The emergency list as text or JSON, in the list's one order (see {@link EmergencyList}): in text,
 * first one line per number under the group headings, so the whole list reads on one screen, then
 * the details of each number.
 */
public final class ContactsRenderer {

    private final Messages messages;
    private final boolean rules;
    private final JsonOutput json = new JsonOutput();

    public ContactsRenderer(Messages messages) {
        this(messages, true);
    }

    /** @param rules underline section headings; false for screen-reader line mode */
    public ContactsRenderer(Messages messages, boolean rules) {
        this.messages = messages;
        this.rules = rules;
    }

    public void text(EmergencyList list, Appendable out) throws IOException {
        List<EmergencyLines.Group> groups = EmergencyLines.of(list, messages);
        LineBuffer lines = new LineBuffer(rules);
        for (EmergencyLines.Group group : groups) {
            lines.gap();
            lines.heading(group.heading(), 0, '=');
            for (EmergencyLines.Item item : group.items()) lines.line(item.summary());
        }
        lines.gap();
        lines.heading(messages.get("contacts.details.heading"), 0, '=');
        for (EmergencyLines.Group group : groups) {
            for (EmergencyLines.Item item : group.items()) {
                if (item.details().isEmpty()) continue;
                lines.gap();
                lines.line(item.title());
                for (String detail : item.details()) lines.line("  " + detail);
            }
        }
        lines.writeTo(out);
    }

    /**
     * One array on one line: {@code {"number","display","name","purpose","hours","free","sms",
     * "emergency","source","label","sourceUrl","verified"}} per contact, null where a field does
     * not apply; {@code source} is {@code directory}, {@code user} or {@code page}, in the list's
     * order. A page's e-mail address goes in {@code display}, its {@code number} is null; a user's
     * note goes in {@code purpose}. The problem with the user's contacts, if any, is not in the
     * array (it is data, not a contact): the command says it on stderr.
     */
    public void json(EmergencyList list, Appendable out) throws IOException {
        try (JsonGenerator g = json.open(out)) {
            g.writeStartArray();
            for (EmergencyEntry entry : list.emergency()) directory(g, entry);
            for (PersonalContact contact : list.personal()) personal(g, contact);
            for (Contact contact : list.page() == null ? List.<Contact>of() : list.page()) page(g, contact);
            for (EmergencyEntry entry : list.national()) directory(g, entry);
            g.writeEndArray();
        }
        out.append('\n');
    }

    private static void page(JsonGenerator g, Contact contact) throws IOException {
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

    private static void personal(JsonGenerator g, PersonalContact contact) throws IOException {
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

    private static void directory(JsonGenerator g, EmergencyEntry entry) throws IOException {
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

    private static void nulls(JsonGenerator g, String... fields) throws IOException {
        for (String field : fields) g.writeNullField(field);
    }
}
