package fr.liseuse.render;

import fr.liseuse.model.Block;
import fr.liseuse.model.Contact;
import fr.liseuse.model.Link;
import fr.liseuse.model.MenuEntry;
import fr.liseuse.model.Page;
import fr.liseuse.model.PageKind;
import fr.liseuse.model.RichText;
import fr.liseuse.model.RichText.LinkMark;
import fr.liseuse.model.SearchResult;
import java.util.List;

/** Pages built by hand, shaped like the Métropole Européenne de Lille pages liseuse reads. */
final class SamplePages {

    private SamplePages() { }

    /** Anchor {@code anchor} (first occurrence in {@code text}) is link {@code n}. */
    static RichText linked(String text, String anchor, int n) {
        int start = text.indexOf(anchor);
        if (start < 0) throw new IllegalArgumentException(anchor);
        return new RichText(text, List.of(new LinkMark(start, start + anchor.length(), n)));
    }

    static final String GUIDE = "https://www.lillemetropole.fr/guide-violences.pdf";
    static final String AIDE = "https://www.lillemetropole.fr/aide-aux-victimes";

    static Page article() {
        List<Block> blocks = List.of(
                new Block.Paragraph(linked(
                        "La Métropole Européenne de Lille renforce son accompagnement des victimes de violences"
                                + " conjugales : un guide de prévention est disponible en ligne.",
                        "guide de prévention", 1)),
                new Block.Heading(2, RichText.plain("Qui contacter ?")),
                new Block.ListBlock(false, List.of(
                        RichText.plain("En cas de danger immédiat, appelez le 17 ou le 112."),
                        RichText.plain("Par SMS, pour les personnes sourdes ou malentendantes : le 114."),
                        RichText.plain("Écoute anonyme et gratuite, 24 h/24 : le 3919."))),
                new Block.Heading(3, RichText.plain("Les étapes")),
                new Block.ListBlock(true, List.of(
                        RichText.plain("Mettre sa sécurité et celle des enfants à l'abri."),
                        linked("Contacter une association d'aide aux victimes.", "association", 2))),
                new Block.Quote(RichText.plain("Personne ne doit rester seul face aux violences.")),
                new Block.Table(List.of(
                        List.of("Service", "Numéro", "Horaires"),
                        List.of("Police secours", "17", "24 h/24"),
                        List.of("Violences Femmes Info", "3919", "24 h/24"))),
                new Block.Image("Affiche de la campagne « Stop violences »",
                        "https://www.lillemetropole.fr/affiche.jpg"),
                new Block.Paragraph(RichText.plain(
                        "Référent métropolitain : 03 20 47 45 15, ou contact@lillemetropole.fr.")));
        return new Page("https://www.lillemetropole.fr/violences", PageKind.ARTICLE,
                "https://www.lillemetropole.fr/violences",
                "Violences conjugales : la MEL se mobilise", "fr", "2025-03-04", "Direction de la communication",
                "Métropole Européenne de Lille", blocks,
                List.of(new Link(1, "guide de prévention", GUIDE), new Link(2, "association", AIDE)),
                contacts(), menu(), List.of(), null);
    }

    static List<Contact> contacts() {
        return List.of(
                new Contact.Phone("0320474515", "03 20 47 45 15", "+33320474515", "Référent métropolitain",
                        "tel:+33320474515"),
                new Contact.Email("contact@lillemetropole.fr", "Référent métropolitain"));
    }

    static List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("Votre quotidien", null, List.of(
                        new MenuEntry("Déchets", "https://www.lillemetropole.fr/dechets", List.of()),
                        new MenuEntry("Transports", "https://www.lillemetropole.fr/transports", List.of()))),
                new MenuEntry("Actualités", "https://www.lillemetropole.fr/actualites", List.of()));
    }

    static Page searchResults() {
        return new Page("demo:/recherche?q=violences", PageKind.SEARCH_RESULTS, "demo:/recherche?q=violences",
                "Recherche : violences", "fr", null, null, "Démo", List.of(), List.of(), List.of(), List.of(),
                List.of(
                        new SearchResult("Violences conjugales : la MEL se mobilise", "demo:/violences",
                                "Un guide de prévention est disponible en ligne."),
                        new SearchResult("Aide aux victimes", "demo:/aide-aux-victimes",
                                "Les associations qui accompagnent les victimes dans la métropole."),
                        new SearchResult("Numéros utiles", "demo:/numeros", "")),
                3);
    }
}
