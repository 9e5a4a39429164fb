package fr.liseuse.ui.line;

import fr.liseuse.model.Page;
import fr.liseuse.render.TextRenderer;
import fr.liseuse.text.Messages;
import fr.liseuse.text.Sanitizer;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** The current page as text lines, read by screens of about 20 lines ({@code lire}, Enter) and searched ({@code /}). */
final class Reading {

    private static final int SCREEN_LINES = 20;

    private final Messages messages;
    private final Consumer<String> say;
    private List<String> lines = List.of();
    private int at;

    Reading(Messages messages, Consumer<String> say) {
        this.messages = messages;
        this.say = say;
    }

    /** PAGE becomes the text read, from its start. */
    void show(Page page) {
        StringBuilder text = new StringBuilder();
        try {
            new TextRenderer(0, true, messages, false).render(page, text);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        lines = text.toString().lines().toList();
        at = 0;
    }

    void fromStart() {
        at = 0;
        more();
    }

    void more() {
        if (at >= lines.size()) {
            say.accept(messages.get("line.end"));
            return;
        }
        int end = Math.min(lines.size(), at + SCREEN_LINES);
        for (int i = at; i < end; i++) say.accept(lines.get(i));
        at = end;
        say.accept(end < lines.size() ? messages.get("line.more") : messages.get("line.end"));
    }

    /** Every line holding the TYPED text (made clean; accents and case aside), numbered. */
    void find(String typed) {
        String text = Sanitizer.inline(typed);
        if (text.isEmpty()) {
            say.accept(messages.get("line.find.empty"));
            return;
        }
        String wanted = fold(text);
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (fold(lines.get(i)).contains(wanted)) hits.add(i);
        }
        say.accept(messages.get("line.find.count", hits.size(), text));
        for (int i : hits) say.accept(messages.get("line.find.hit", i + 1, lines.get(i).strip()));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
