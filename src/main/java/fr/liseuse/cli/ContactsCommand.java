package fr.liseuse.cli;

import fr.liseuse.model.Contact;
import fr.liseuse.model.Page;
import fr.liseuse.render.ContactsRenderer;
import fr.liseuse.store.EmergencyDirectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "contacts")
final class ContactsCommand extends PageCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE", descriptionKey = "source")
    String source;

    ContactsCommand(Context context) {
        super(context);
    }

    @Override
    String source() {
        return source;
    }

    @Override
    void print(Page page, PrintWriter out) throws IOException {
        List<Contact> pageContacts = page == null ? List.of() : page.contacts();
        ContactsRenderer renderer = new ContactsRenderer(context.messages());
        List<fr.liseuse.model.EmergencyEntry> directory = EmergencyDirectory.bundled().entries();
        if (format == ListFormat.json) renderer.json(directory, pageContacts, out);
        else renderer.text(directory, pageContacts, out);
    }
}
