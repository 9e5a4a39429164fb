package fr.liseuse.extract;

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

    List<Contact> extract(List<Block> blocks, List<Link> links) {
        Map<Integer, Link> linksByNumber = new HashMap<>();
        for (Link link : links) linksByNumber.put(link.n(), link);
        Map<String, Contact> found = new LinkedHashMap<>();
        Set<Integer> linksSeen = new HashSet<>();
        String heading = "";
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                heading = Sanitizer.inline(h.content().text());
            }
            for (RichText piece : pieces(block)) {
                for (RichText.LinkMark mark : piece.marks()) linksSeen.add(mark.n());
                collect(piece, linksByNumber, heading, found);
            }
        }
        for (Link link : links) {
            if (linksSeen.contains(link.n())) continue;
            RichText alone = new RichText(link.text() == null ? "" : link.text(),
                    List.of(new RichText.LinkMark(0, link.text() == null ? 0 : link.text().length(), link.n())));
            collect(alone, linksByNumber, "", found);
        }
        return List.copyOf(found.values());
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

    private static void collect(RichText piece, Map<Integer, Link> links, String heading, Map<String, Contact> found) {
        String text = piece.text() == null ? "" : piece.text();
        List<Hit> hits = hits(text, piece.marks(), links);
        for (int k = 0; k < hits.size(); k++) {
            Hit hit = hits.get(k);
            if (found.containsKey(hit.key())) continue;
            int from = k == 0 ? 0 : hits.get(k - 1).end();
            int to = k + 1 < hits.size() ? hits.get(k + 1).start() : text.length();
            String label = ContactLabels.around(text, hit.start(), hit.end(), from, to);
            if (ContactLabels.letterWords(label) < 2 && k > 0 && sameSentence(text, hits.get(k - 1), hit)) {
                label = ContactLabels.around(text, hits.get(k - 1).start(), hits.get(k - 1).end(),
                        k == 1 ? 0 : hits.get(k - 2).end(), hit.start());
            }
            if (label.isEmpty() && hit.anchor() != null && ContactLabels.letterWords(hit.anchor()) > 0) {
                label = hit.anchor();
            }
            if (label.isEmpty()) label = heading;
            found.put(hit.key(), contact(hit, Sanitizer.inline(label)));
        }
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
        return hits;
    }

    /** A number written inside its own tel: link is one contact, not two. */
    private static void addUnlessOverlapping(List<Hit> hits, Hit hit) {
        for (Hit other : hits) {
            if (other.key().equals(hit.key()) && hit.start() < other.end() && other.start() < hit.end()) return;
        }
        hits.add(hit);
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
