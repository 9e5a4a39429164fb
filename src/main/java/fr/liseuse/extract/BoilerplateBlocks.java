package fr.liseuse.extract;

import fr.liseuse.model.Block;
import fr.liseuse.model.RichText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Last pass, on blocks: drops the repeated headline, short blocks whose words are those of page
 * furniture (cookie notices, share prompts, skip links, newsletter calls), "see also" headings
 * with the link lists under them, and headings left with nothing under them. A paragraph that only
 * gives a phone number or an e-mail address ({@link ContactLine}) is kept whatever it looks like.
 */
final class BoilerplateBlocks {

    private static final int SHORT = 200;
    private static final Pattern FURNITURE = Pattern.compile("(?iu)^(?:"
            + "nous utilisons des cookies|ce site utilise des cookies|we use cookies|this (web)?site uses cookies"
            + "|en poursuivant votre navigation|by continuing to (use|browse)|accepter (et fermer|tout|les cookies)"
            + "|gérer (mes|les) (cookies|préférences)|paramétrer les cookies|accept (all )?cookies"
            + "|partager (sur|cet article|cette page|par)|partagez|share (on|this|via|article)|share$"
            + "|imprimer( cette page| l'article)?$|print( this)?( page| article)?$|envoyer par (e-?mail|courriel)"
            + "|fil d'ariane|vous êtes ici|you are here|aller au (contenu|menu)|passer au contenu|accès direct"
            + "|skip to (main )?(content|navigation)|retour en haut|back to top|haut de page"
            + "|inscrivez-vous|abonnez-vous|recevez (notre|la) newsletter|newsletter|sign up for|subscribe to"
            + "|(les )?recherches (les plus )?fréquentes|les plus (lus|recherchés)|most (read|popular)|suivez-nous|follow us"
            + "|(à )?lire aussi|voir aussi|sur le même (sujet|thème)|dans la même rubrique|à découvrir aussi"
            + "|read (more|also|next)|related (articles|stories|posts|content)|more (stories|from)|see also"
            + "|mots-clés|tags\\s*:|publicité$|advertisement$|sponsored$|related\\s*:"
            + "|(cet article|cette page) vous a-t-(il|elle) été utile|was this (article|page) helpful"
            // the same furniture on German and Spanish pages
            + "|das könnte (dich|sie) auch interessieren|auch interessant|mehr zum thema|lesen sie auch|auch lesen"
            + "|weitere artikel|anzeige$|wird geladen|teilen$|también te puede interesar|lee también"
            + "|noticias relacionadas|publicidad$|compartir$"
            + ")");
    private static final Pattern SEE_ALSO = Pattern.compile("(?iu)^(?:(à )?lire aussi|voir aussi|sur le même"
            + "|dans la même rubrique|à découvrir|ailleurs sur|read (more|also|next)|related|more (stories|from)"
            + "|see also|recommended|you (may|might) also|les plus|most (read|popular)|(les )?recherches (les plus )?fréquentes"
            + "|das könnte|auch interessant|mehr zum thema|lesen sie auch|weitere artikel"
            + "|también te puede|noticias relacionadas|te puede interesar"
            + "|você pode gostar|leia também|veja também|artigos relacionados|notícias relacionadas"
            + "|potrebbe interessarti|leggi anche|articoli correlati|vedi anche)");
    /** A note about the author or the publisher closing an article ("Jane Doe is a senior writer for…"). */
    private static final Pattern ABOUT = Pattern.compile("(?u)^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}(?:is|est|ist|es)\\s"
            + ".{0,120}?(?i:writer|reporter|correspondent|editor|journalist|author|founder|columnist|contributor"
            + "|journaliste|rédact|correspondant|chroniqueu|redakteur|autor|korrespondent|periodista|redactor"
            + "|corresponsal|columnista)");
    private static final int ABOUT_MAX = 500;
    /** Length from which a block above the headline reads as running prose rather than a label. */
    private static final int ABOVE_HEADLINE_MAX = 120;
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?…][\"»”“]?\\s+[\"«„“]?\\p{Lu}");

    /** A line that only dates the page ("Publié le 4 mars 2025", "Updated 2 hours ago"): metadata, not content. */
    private static final Pattern DATELINE = Pattern.compile("(?iu)^(?:publié|mis à jour|mise à jour|modifié"
            + "|dernière mise à jour|published|updated|last updated|posted)\\b.{0,50}$");
    private static final int DATELINE_MAX = 70;

    private BoilerplateBlocks() { }

    static List<Block> filter(List<Block> blocks, String title) {
        List<Block> out = new ArrayList<>(blocks.size());
        String headline = ContentText.loose(title);
        boolean skippingLinks = false;
        BoilerplateTeasers teasers = new BoilerplateTeasers(blocks, headline);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String text = b.plainText().strip();
            if (b instanceof Block.Heading) {
                skippingLinks = SEE_ALSO.matcher(text).find();
                if (skippingLinks) continue;
                if (i < 6 && !headline.isEmpty() && sameTitle(ContentText.loose(text), headline)) {
                    dropAboveHeadline(out);
                    continue;
                }
            } else if (skippingLinks && linkDensity(b) > 0.5) {
                continue;
            } else {
                skippingLinks = false;
            }
            if (!contactLine(b, text) && furniture(b, i, text, teasers)) continue;
            if (i >= blocks.size() - 2 && text.length() < ABOUT_MAX && ABOUT.matcher(text).find()) continue;
            if (repeatsThePrevious(out, b)) continue;
            out.add(b);
        }
        dropEmptyHeadings(out);
        return out.isEmpty() ? shortPage(blocks, headline) : out;
    }

    /**
     * A page with only a few words ("Fermé le lundi.") looks like furniture to every rule above, yet those
     * words are all it has to say: they stay, but for a heading that repeats the title.
     */
    private static List<Block> shortPage(List<Block> blocks, String headline) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            boolean repeatsTitle = b instanceof Block.Heading && !headline.isEmpty()
                    && sameTitle(ContentText.loose(b.plainText().strip()), headline);
            if (!repeatsTitle) out.add(b);
        }
        return out;
    }

    /**
     * Drops the short blocks kept above the article's own headline: a section name, a kicker, a date,
     * the caption of a picture or a widget's title sit there, while the article starts at its headline.
     * A paragraph of running prose up there is a lead or the article itself, and all stays.
     */
    private static void dropAboveHeadline(List<Block> kept) {
        for (Block b : kept) if (b.plainText().length() >= ABOVE_HEADLINE_MAX) return;
        kept.clear();
    }

    /**
     * A short block right after the same text is markup printed twice (a headline or a standfirst shown
     * in two places, a label for two screen sizes); a paragraph of running prose said twice is the
     * author's, and both stay.
     */
    private static boolean repeatsThePrevious(List<Block> kept, Block b) {
        if (kept.isEmpty() || !kept.get(kept.size() - 1).plainText().equals(b.plainText())) return false;
        return !(b instanceof Block.Paragraph) || b.plainText().length() < SHORT;
    }

    /** A paragraph of the content that only gives a phone number or an address: never furniture. */
    private static boolean contactLine(Block b, String text) {
        return b instanceof Block.Paragraph && ContactLine.is(text);
    }

    /** A block whose words or shape are those of page furniture (the "about the author" note aside). */
    private static boolean furniture(Block b, int i, String text, BoilerplateTeasers teasers) {
        if (teasers.drops(i)) return true;
        if (text.length() < SHORT && FURNITURE.matcher(text).find()) return true;
        if (BoilerplatePhrases.furniture(text)) return true;
        return text.length() < DATELINE_MAX && !(b instanceof Block.Heading) && DATELINE.matcher(text).find();
    }

    /** Whether text is running prose of more than one sentence (a sentence's end, then a capital). */
    private static boolean sentences(String text) {
        return text.length() >= ABOVE_HEADLINE_MAX && SENTENCE_BREAK.matcher(text).find();
    }

    private static boolean sameTitle(String heading, String headline) {
        if (heading.isEmpty()) return false;
        if (heading.equals(headline)) return true;
        int shorter = Math.min(heading.length(), headline.length());
        int longer = Math.max(heading.length(), headline.length());
        return shorter >= 0.8 * longer && (heading.contains(headline) || headline.contains(heading));
    }

    /** Share of a block's characters that are link anchors. */
    static double linkDensity(Block b) {
        int total = 0;
        int linked = 0;
        for (RichText t : texts(b)) {
            total += t.text().length();
            for (RichText.LinkMark m : t.marks()) linked += m.end() - m.start();
        }
        return total == 0 ? 0 : (double) linked / total;
    }

    static List<RichText> texts(Block b) {
        if (b instanceof Block.Heading) return List.of(((Block.Heading) b).content());
        if (b instanceof Block.Paragraph) return List.of(((Block.Paragraph) b).content());
        if (b instanceof Block.Quote) return List.of(((Block.Quote) b).content());
        if (b instanceof Block.ListBlock) return ((Block.ListBlock) b).items();
        return List.of();
    }

    /**
     * Removes headings followed by nothing, or by a heading of the same or a higher rank. A heading of
     * several sentences is a lead or a paragraph set in heading type, not a title over an empty part:
     * it stays.
     */
    private static void dropEmptyHeadings(List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (!(blocks.get(i) instanceof Block.Heading) || sentences(blocks.get(i).plainText())) continue;
            int level = ((Block.Heading) blocks.get(i)).level();
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (next == null || next instanceof Block.Heading && ((Block.Heading) next).level() <= level) {
                blocks.remove(i);
            }
        }
    }
}
