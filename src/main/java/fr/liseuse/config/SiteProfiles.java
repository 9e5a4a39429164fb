package fr.liseuse.config;

import fr.liseuse.text.Messages;
import fr.liseuse.text.Sanitizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The site profiles liseuse knows: those bundled with it ({@code demo}, {@code mel}), then those
 * of the user's config folder ({@code sites/*.json}), a user profile replacing a bundled one of the
 * same name. A file that cannot be used is skipped with a one-line warning, never an error.
 * {@code LISEUSE_SITE_<NAME>_BASE} moves a profile to another http(s) address (tests, mirrors).
 * Every profile address is http(s) or {@code demo:}, so other pages need no profile read at all
 * ({@link #mayCover}): reading them (JSON parsing) is part of a page load's start-up cost. The
 * bundled files are read at first use (the full-screen reader does it while it sets the terminal
 * up); the user's files at once, so that their warnings come before any screen.
 */
public final class SiteProfiles {

    static final List<String> BUNDLED = List.of("demo", "mel");
    static final String FOLDER = "sites";

    private final List<SiteProfile> user;
    private Supplier<List<SiteProfile>> source;
    private Map<String, SiteProfile> byName;

    SiteProfiles(List<SiteProfile> profiles) {
        this(profiles.stream().filter(SiteProfile::userDefined).toList(), () -> profiles);
    }

    private SiteProfiles(List<SiteProfile> user, Supplier<List<SiteProfile>> source) {
        this.user = List.copyOf(user);
        this.source = source;
    }

    /** Only the bundled profiles, with no environment: what a test or a fresh machine sees. */
    public static SiteProfiles bundled() {
        return new SiteProfiles(List.of(), SiteProfiles::readBundled);
    }

    private synchronized Map<String, SiteProfile> profiles() {
        if (byName == null) {
            Map<String, SiteProfile> read = new LinkedHashMap<>();
            for (SiteProfile p : source.get()) read.put(p.name(), p);
            byName = read;
            source = null;
        }
        return byName;
    }

    /**
     * Bundled and user profiles.
     *
     * @param warnings receives one line, in the UI language, per user file skipped
     */
    public static SiteProfiles load(Map<String, String> env, Messages messages, Consumer<String> warnings) {
        List<SiteProfile> user = ConfigFolder.of(env).map(folder -> folder.resolve(FOLDER))
                .map(folder -> readFolder(folder, messages, warnings)).orElse(List.of());
        return new SiteProfiles(user, () -> {
            List<SiteProfile> all = new ArrayList<>(readBundled());
            all.addAll(user);
            List<SiteProfile> placed = new ArrayList<>();
            for (SiteProfile p : all) {
                String base = env.get("LISEUSE_SITE_" + p.name().toUpperCase(Locale.ROOT).replace('-', '_') + "_BASE");
                placed.add(base == null || !SiteProfileReader.address(SiteProfileReader.trimBase(base)) ? p : p.rebased(base));
            }
            return placed;
        });
    }

    /** Whether any profile could cover url: false for files, standard input and library entries without an address. */
    public static boolean mayCover(String url) {
        return url != null && (url.regionMatches(true, 0, "http://", 0, 7) || url.regionMatches(true, 0, "https://", 0, 8)
                || url.regionMatches(true, 0, "demo:", 0, 5));
    }

    public Optional<SiteProfile> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(profiles().get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /** The profiles of the user's files, as written (without reading the bundled ones). */
    public List<SiteProfile> userDefined() {
        return user;
    }

    /** Every profile, bundled ones first, in a stable order. */
    public List<SiteProfile> all() {
        return List.copyOf(profiles().values());
    }

    public List<String> names() {
        return List.copyOf(profiles().keySet());
    }

    /** The profile of the site url belongs to (the longest base address that covers it). */
    public Optional<SiteProfile> forUrl(String url) {
        SiteProfile best = null;
        for (SiteProfile p : profiles().values()) {
            if (p.covers(url) && (best == null || p.baseUrl().length() > best.baseUrl().length())) best = p;
        }
        return Optional.ofNullable(best);
    }

    private static List<SiteProfile> readBundled() {
        List<SiteProfile> list = new ArrayList<>();
        for (String name : BUNDLED) {
            String resource = "/fr/liseuse/sites/" + name + ".json";
            try (InputStream in = SiteProfiles.class.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("missing bundled resource " + resource);
                list.add(SiteProfileReader.read(JsonTree.read(in), name, false));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return list;
    }

    private static List<SiteProfile> readFolder(Path folder, Messages messages, Consumer<String> warnings) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) return List.of();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException | SecurityException e) {
            warnings.accept(messages.get("sites.folder.unreadable", Sanitizer.inline(folder.toString())));
            return List.of();
        }
        files.sort(null);
        List<SiteProfile> list = new ArrayList<>();
        for (Path file : files) {
            String stem = file.getFileName().toString().replaceFirst("(?i)\\.json$", "").toLowerCase(Locale.ROOT);
            try {
                list.add(SiteProfileReader.read(UserJson.read(file, messages), stem, true));
            } catch (UserJson.Unusable e) {
                warnings.accept(messages.get("sites.profile.skipped", Sanitizer.inline(file.toString()), e.getMessage()));
            } catch (SiteProfileReader.Invalid e) {
                warnings.accept(messages.get("sites.profile.skipped", Sanitizer.inline(file.toString()), e.reason(messages)));
            }
        }
        return list;
    }
}
