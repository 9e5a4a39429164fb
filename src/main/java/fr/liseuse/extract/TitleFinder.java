package fr.liseuse.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's title. Each source a page declares (JSON-LD headline, Dublin Core title, the social
 * card's og:title, the {@code <title>}, the headline {@code h1}) is read without the site's name;
 * the title most of the others agree with wins, in the form of the most trusted source saying it,
 * so a social card's reworded title loses to the headline the page and its data agree on.
 */
final class TitleFinder {

    private TitleFinder() { }

    static String find(Document doc, MetadataTags tags, MetadataLinkedData ld, String site) {
        String dublinCore = MetadataReader.first(tags.meta("dc:title"), tags.meta("dc.title"), tags.meta("dcterms.title"));
        String socialCard = MetadataReader.first(tags.meta("og:title"), tags.meta("twitter:title"));
        List<List<String>> sources = new ArrayList<>();
        for (String raw : new String[] {ld.headline(), dublinCore, socialCard, doc.title()}) {
            String title = MetadataReader.clean(raw);
            if (title != null) sources.add(List.of(SiteAffix.strip(title, site), title));
        }
        int declared = sources.size();
        Element h1 = tags.headline();
        String heading = h1 == null ? null : MetadataReader.clean(h1.text());
        if (heading != null) sources.add(List.of(heading));

        String best = null;
        int bestVotes = -1;
        for (int i = 0; i < declared; i++) {
            for (String form : sources.get(i)) {
                int votes = votes(sources, i, form);
                if (votes > bestVotes) {
                    best = form;
                    bestVotes = votes;
                }
            }
        }
        return best != null ? best : heading;
    }

    /** How many sources other than source i give this title in one of their forms, letters and digits compared. */
    private static int votes(List<List<String>> sources, int i, String form) {
        String mine = ContentText.loose(form);
        int votes = 0;
        for (int j = 0; j < sources.size(); j++) {
            if (j == i) continue;
            for (String other : sources.get(j)) {
                if (ContentText.loose(other).equals(mine)) {
                    votes++;
                    break;
                }
            }
        }
        return votes;
    }
}
