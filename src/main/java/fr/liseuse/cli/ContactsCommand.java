package fr.liseuse.cli;

import fr.liseuse.model.Contact;
import fr.liseuse.model.EmergencyEntry;
import fr.liseuse.model.Page;
import fr.liseuse.model.PersonalContact;
import fr.liseuse.render.ContactsRenderer;
import fr.liseuse.store.EmergencyDirectory;
import fr.liseuse.store.PersonalContacts;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.PositionalParamSpec;

final class ContactsCommand extends PageCommand {

    private final PositionalParamSpec source = Specs.add(spec, Specs.optional("SOURCE").descriptionKey("source"));

    ContactsCommand(Context context) {
        super(context, "contacts");
    }

    @Override
    String source() {
        return source.getValue();
    }

    @Override
    void print(Page page, PrintWriter out) throws IOException {
        List<Contact> pageContacts = page == null ? null : page.contacts();
        List<PersonalContact> personal = PersonalContacts.load(context.env, context.messages(), context::warn);
        ContactsRenderer renderer = new ContactsRenderer(context.messages());
        List<EmergencyEntry> directory = EmergencyDirectory.bundled().entries();
        if (json()) renderer.json(pageContacts, personal, directory, out);
        else renderer.text(pageContacts, personal, directory, out);
    }
}
