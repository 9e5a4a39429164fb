package fr.liseuse.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import fr.liseuse.model.Contact;
import fr.liseuse.model.Link;
import fr.liseuse.model.MenuEntry;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Compact JSON written with Jackson's streaming generator into any {@link Appendable}: non-ASCII
 * stays as UTF-8 text, control characters are escaped (RFC 8259). Also writes the parts that
 * several outputs share (links, contacts, menu) so their shape is defined once.
 */
final class JsonOutput {

    private final JsonFactory factory = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** A generator writing into {@code out}; close it to flush, {@code out} stays open. */
    JsonGenerator open(Appendable out) throws IOException {
        Writer writer = out instanceof Writer w ? w : new AppendableWriter(out);
        return factory.createGenerator(writer);
    }

    static void links(JsonGenerator g, List<Link> links) throws IOException {
        g.writeStartArray();
        for (Link link : links) {
            g.writeStartObject();
            g.writeNumberField("n", link.n());
            g.writeStringField("text", link.text());
            g.writeStringField("url", link.url());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void contacts(JsonGenerator g, List<Contact> contacts) throws IOException {
        g.writeStartArray();
        for (Contact contact : contacts) {
            g.writeStartObject();
            if (contact instanceof Contact.Phone phone) {
                g.writeStringField("type", "phone");
                g.writeStringField("number", phone.number());
                g.writeStringField("display", phone.display());
                g.writeStringField("international", phone.international());
                g.writeStringField("label", phone.label());
                g.writeStringField("tel", phone.tel());
            } else if (contact instanceof Contact.Email email) {
                g.writeStringField("type", "email");
                g.writeStringField("address", email.address());
                g.writeStringField("label", email.label());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void menu(JsonGenerator g, List<MenuEntry> entries) throws IOException {
        g.writeStartArray();
        for (MenuEntry entry : entries) {
            g.writeStartObject();
            g.writeStringField("label", entry.label());
            g.writeStringField("url", entry.url());
            g.writeFieldName("children");
            menu(g, entry.children());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Lets the generator write into an Appendable that is not a Writer (a StringBuilder, say). */
    private static final class AppendableWriter extends Writer {
        private final Appendable target;

        AppendableWriter(Appendable target) {
            this.target = target;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            target.append(java.nio.CharBuffer.wrap(chars, offset, length));
        }

        @Override
        public void write(String s, int offset, int length) throws IOException {
            target.append(s, offset, offset + length);
        }

        @Override
        public void flush() { }

        @Override
        public void close() { }
    }
}
