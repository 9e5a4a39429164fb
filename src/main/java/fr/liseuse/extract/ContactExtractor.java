package fr.liseuse.extract;

import fr.liseuse.extract.ContactLabels.Label;
import fr.liseuse.extract.ContactLabels.Strength;
import fr.liseuse.model.Block;
import fr.liseuse.model.Contact;
import fr.liseuse.model.Link;
import fr.liseuse.model.RichText;
import fr.liseuse.text.PhoneMatch;
import fr.liseuse.text.PhoneNumbers;
import fr.liseuse.text.Sanitizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Phone numbers and e-mail addresses of the main content (the blocks and links the article
 * extractor kept, so navigation and footer are already gone), each with the words around it,
 * de-duplicated by number or address (the first one wins), in reading order.
 */
final class ContactExtractor {

    /** One contact at its place in a piece of text, before its label is known. */
    private record Hit(int start, int end, String key, PhoneMatch phone, String address, String anchor) { }

    /**
     * What stands above a piece of text: the piece just before when it is a short line (a {@code dt},
     * a name alone) and the heading of its section.
     */
    private record Context(String lineAbove, String heading) {
        static final Context NONE = new Context("", "");
    }

    /** A contact's first place in reading order, with the best label any of its mentions gave. */
    private record Found(Hit hit, Label label) { }

    List<Contact> extract(List<Block> blocks, List<Link> links) {
        Map<Integer, Link> linksByNumber = new HashMap<>();
        for (Link link : links) linksByNumber.put(link.n(), link);
        Map<String, Found> found = new LinkedHashMap<>();
        Set<Integer> linksSeen = new HashSet<>();
        String heading = "";
        String lineAbove = "";
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                heading = Sanitizer.inline(h.content().text());
            }
            for (RichText piece : pieces(block)) {
                for (RichText.LinkMark mark : piece.marks()) linksSeen.add(mark.n());
                collect(piece, linksByNumber, new Context(lineAbove, heading), found);
                // a heading above is the section's name, weaker than a dt or a name alone on its line
                lineAbove = block instanceof Block.Heading ? "" : ContactLabels.shortLine(piece.text());
            }
        }
        for (Link link : links) {
            if (linksSeen.contains(link.n())) continue;
            RichText alone = new RichText(link.text() == null ? "" : link.text(),
                    List.of(new RichText.LinkMark(0, link.text() == null ? 0 : link.text().length(), link.n())));
            collect(alone, linksByNumber, Context.NONE, found);
        }
        return found.values().stream().map(f -> contact(f.hit(), Sanitizer.inline(f.label().text()))).toList();
    }

    private static List<RichText> pieces(Block block) {
        if (block instanceof Block.Heading h) return List.of(h.content());
        if (block instanceof Block.Paragraph p) return List.of(p.content());
        if (block instanceof Block.Quote q) return List.of(q.content());
        if (block instanceof Block.ListBlock l) return l.items();
        if (block instanceof Block.Table t) {
            return t.rows().stream().map(row -> RichText.plain(String.join(" : ", row))).toList();
        }
        return List.of();
    }

    private static void collect(RichText piece, Map<Integer, Link> links, Context context, Map<String, Found> found) {
        String text = piece.text() == null ? "" : piece.text();
        List<Hit> hits = hits(text, piece.marks(), links);
        Label previous = Label.NONE;
        for (int k = 0; k < hits.size(); k++) {
            Hit hit = hits.get(k);
            int from = k == 0 ? 0 : hits.get(k - 1).end();
            int to = k + 1 < hits.size() ? hits.get(k + 1).start() : text.length();
            Label label = ContactLabels.of(text, hit.start(), hit.end(), from, to, hit.anchor());
            if (k > 0 && sameSentence(text, hits.get(k - 1), hit) && inherits(label, previous, hits.get(k - 1), hit)) {
                // "appelez le 03 53 01 20 30 ou écrivez à dechets@…": one service, two ways to reach it
                label = previous;
            }
            previous = label;
            label = withContext(label, context);
            Found before = found.get(hit.key());
            if (before == null) {
                found.put(hit.key(), new Found(hit, label));
            } else if (before.label().weakerThan(label)) {
                found.put(hit.key(), new Found(before.hit(), label));
            }
        }
    }

    /**
     * Whether a contact takes the label of the one before it in its sentence: when nothing names it,
     * or when a number and an address stand together (one service, two ways to reach it); two numbers
     * in one sentence are more often two services ("le 17 ou le 112").
     */
    private static boolean inherits(Label label, Label previous, Hit before, Hit hit) {
        if (label.strength() == Strength.NONE) return true;
        boolean otherKind = (before.phone() == null) != (hit.phone() == null);
        return otherKind && label.strength() != Strength.NAME && previous.strength() == Strength.NAME;
    }

    /**
     * A label the text around the contact could not make a name of, from what stands above it: the
     * line just above (the "dt" of its "dd"), else the section's heading when that names someone and
     * the phrase does not, else the heading over a number alone.
     */
    private static Label withContext(Label label, Context context) {
        if (label.strength() == Strength.NAME || ContactLabels.holdsName(label.text())) return label;
        if (label.strength() == Strength.NONE && !context.lineAbove().isEmpty()) {
            return new Label(ContactLabels.bounded(context.lineAbove()), Strength.NAME);
        }
        String heading = ContactLabels.shortLine(context.heading());
        if (!heading.isEmpty() && ContactLabels.holdsName(heading)) return new Label(heading, Strength.NAME);
        if (label.strength() == Strength.PHRASE || context.heading().isBlank()) return label;
        return new Label(ContactLabels.bounded(context.heading()), Strength.CONTEXT);
    }

    /** Numbers and addresses in the text and behind its tel:/mailto: links, in order, not overlapping. */
    private static List<Hit> hits(String text, List<RichText.LinkMark> marks, Map<Integer, Link> links) {
        List<Hit> hits = new ArrayList<>();
        for (RichText.LinkMark mark : marks) {
            Link link = links.get(mark.n());
            if (link == null || link.url() == null) continue;
            int start = Math.max(0, Math.min(mark.start(), text.length()));
            int end = Math.max(start, Math.min(mark.end(), text.length()));
            String anchor = Sanitizer.inline(text.substring(start, end));
            String url = link.url().strip();
            String scheme = url.toLowerCase(Locale.ROOT);
            if (scheme.startsWith("tel:") || scheme.startsWith("callto:")) {
                Optional<PhoneMatch> phone = PhoneNumbers.parse(url);
                phone.ifPresent(p -> hits.add(new Hit(start, end, "phone:" + p.number(), p, null, anchor)));
            } else {
                ContactEmails.fromMailto(url).ifPresent(a ->
                        hits.add(new Hit(start, end, "email:" + a.toLowerCase(Locale.ROOT), null, a, anchor)));
            }
        }
        for (PhoneMatch p : PhoneNumbers.find(text)) {
            addUnlessOverlapping(hits, new Hit(p.start(), p.end(), "phone:" + p.number(), p, null, null));
        }
        for (ContactEmails.Found e : ContactEmails.find(text)) {
            addUnlessOverlapping(hits, new Hit(e.start(), e.end(), "email:" + e.address().toLowerCase(Locale.ROOT),
                    null, e.address(), null));
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return withoutOverlaps(hits);
    }

    /** A number written inside its own tel: link is one contact, not two. */
    private static void addUnlessOverlapping(List<Hit> hits, Hit hit) {
        for (Hit other : hits) {
            if (other.key().equals(hit.key()) && hit.start() < other.end() && other.start() < hit.end()) return;
        }
        hits.add(hit);
    }

    /** A tel: link whose number differs from the one written in its text: the link, first in order, wins. */
    private static List<Hit> withoutOverlaps(List<Hit> sorted) {
        List<Hit> kept = new ArrayList<>();
        for (Hit hit : sorted) {
            if (kept.isEmpty() || hit.start() >= kept.get(kept.size() - 1).end()) kept.add(hit);
        }
        return kept;
    }

    private static boolean sameSentence(String text, Hit previous, Hit hit) {
        for (int k = previous.end(); k < hit.start(); k++) {
            char c = text.charAt(k);
            if (c == '.' || c == ';' || c == '!' || c == '?' || c == '\n') return false;
        }
        return true;
    }

    private static Contact contact(Hit hit, String label) {
        if (hit.phone() != null) {
            PhoneMatch p = hit.phone();
            return new Contact.Phone(p.number(), p.display(), p.international(), label, p.tel());
        }
        return new Contact.Email(Sanitizer.inline(hit.address()), label);
    }
}
