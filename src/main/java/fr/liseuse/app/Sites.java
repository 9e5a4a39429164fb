package fr.liseuse.app;

import fr.liseuse.config.SiteProfile;
import fr.liseuse.config.SiteProfiles;
import fr.liseuse.extract.Extractor;
import fr.liseuse.model.SiteHints;
import fr.liseuse.text.Messages;
import fr.liseuse.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Loads the site profiles for a command and warns, once, about user selectors that do not parse
 * (the bundled profiles' selectors are checked by their tests, and reading them waits for first use).
 */
public final class Sites {

    private Sites() { }

    /** @param warnings receives one line per problem, in the UI language, without the {@code liseuse: } prefix */
    public static SiteProfiles load(Map<String, String> env, Messages messages, Consumer<String> warnings) {
        SiteProfiles profiles = SiteProfiles.load(env, messages, warnings);
        for (SiteProfile profile : profiles.userDefined()) {
            for (String selector : selectors(profile.hints())) {
                if (!Extractor.validSelector(selector)) {
                    warnings.accept(messages.get("sites.selector.ignored", profile.name(), Sanitizer.inline(selector)));
                }
            }
        }
        return profiles;
    }

    private static List<String> selectors(SiteHints hints) {
        List<String> all = new ArrayList<>();
        for (String s : new String[] {hints.menu(), hints.article(), hints.results()}) if (s != null) all.add(s);
        all.addAll(hints.exclude());
        return all;
    }
}
