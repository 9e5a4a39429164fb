package fr.liseuse.cli;

import fr.liseuse.model.EmergencyList;
import fr.liseuse.model.Page;
import fr.liseuse.model.PagePart;
import fr.liseuse.render.ContactsRenderer;
import fr.liseuse.store.PersonalContacts;
import fr.liseuse.ui.EmergencyContacts;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine.Model.PositionalParamSpec;

final class ContactsCommand extends PageCommand {

    private final PositionalParamSpec source = Specs.add(spec, Specs.optional("SOURCE", "source"));

    ContactsCommand(Context context) {
        super(context, "contacts");
    }

    @Override
    String source() {
        return source.getValue();
    }

    /** The emergency list in its one order; the problem with the user's contacts goes in the text, or on stderr beside JSON. */
    @Override
    Set<PagePart> parts() {
        return PagePart.articleAnd(PagePart.CONTACTS);
    }

    @Override
    void print(Page page, PrintWriter out) throws IOException {
        PersonalContacts.Loaded personal = PersonalContacts.find(context.env, context.messages());
        EmergencyList list = EmergencyContacts.of(personal, page == null ? null : page.contacts(), context.messages());
        ContactsRenderer renderer = new ContactsRenderer(context.messages());
        if (json()) {
            if (personal.problem() != null) context.warn(personal.problem());
            renderer.json(list, out);
        } else {
            renderer.text(list, out);
        }
    }
}
