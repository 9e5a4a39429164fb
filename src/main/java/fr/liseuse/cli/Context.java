package fr.liseuse.cli;

import fr.liseuse.app.Librarian;
import fr.liseuse.app.PageLoader;
import fr.liseuse.app.SiteSearch;
import fr.liseuse.app.SiteSearches;
import fr.liseuse.app.Sites;
import fr.liseuse.config.Preferences;
import fr.liseuse.config.Settings;
import fr.liseuse.render.Emphasis;
import fr.liseuse.config.SiteProfiles;
import fr.liseuse.extract.Extractor;
import fr.liseuse.extract.PartFaults;
import fr.liseuse.model.PagePart;
import fr.liseuse.source.EnvironmentLimits;
import fr.liseuse.source.Excerpt;
import fr.liseuse.source.SourceOptions;
import fr.liseuse.source.Sources;
import fr.liseuse.store.Library;
import fr.liseuse.store.LibraryEvents;
import fr.liseuse.text.Messages;
import fr.liseuse.text.Sanitizer;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;

/**
 * What the commands need from the process: environment, standard input, terminal facts and the
 * global options. Tests build one with their own values.
 */
final class Context implements AutoCloseable {

    final Map<String, String> env;
    final InputStream stdin;
    final boolean stdoutIsTerminal;
    final GlobalOptions globals = new GlobalOptions();
    private final java.util.function.IntSupplier terminalWidth;
    private java.util.function.Consumer<String> warnings = line -> { };
    private java.util.function.Function<PartFaults, Extractor> extractors = Extractor::new;
    private Preferences preferences;
    private final java.util.List<Sources> opened = new java.util.ArrayList<>();
    /** Standard error's status line when it is a terminal (null: it is not, or not this process's). */
    private StatusLine statusLine;
    private BatchProgress progress;

    Context(Map<String, String> env, InputStream stdin, boolean stdoutIsTerminal,
            java.util.function.IntSupplier terminalWidth) {
        this.env = Map.copyOf(env);
        this.stdin = stdin;
        this.stdoutIsTerminal = stdoutIsTerminal;
        this.terminalWidth = terminalWidth;
    }

    static Context ofProcess() {
        Map<String, String> env = System.getenv();
        return new Context(env, System.in, Tty.stdoutIsTerminal(), () -> Tty.width(env));
    }

    /** Standard error is a terminal and STATUS is its status line, which progress may use. */
    void statusLine(StatusLine status) {
        this.statusLine = status;
    }

    /**
     * The progress of work on many sources: on standard error's status line when it is a terminal,
     * unless {@code --quiet}; shown nowhere otherwise. One for the command, redrawn every second by a
     * thread of its own; {@link #close} erases it.
     */
    BatchProgress progress() {
        if (progress == null) {
            progress = statusLine == null || globals.quiet() ? BatchProgress.none()
                    : new BatchProgress(statusLine, messages(), terminalWidth, System::nanoTime, true);
        }
        return progress;
    }

    /** A context with no environment, for generating documentation and completion from the model. */
    static Context forDocumentation() {
        return new Context(Map.of(), InputStream.nullInputStream(), false, () -> 80);
    }

    /**
     * The user's settings file, read once; its warnings in the language of {@code --lang} once the
     * command line is parsed, else in the locale's (the file may be what names the language).
     */
    Preferences preferences() {
        if (preferences == null) {
            String lang = globals.lang() != null ? globals.lang().name() : Messages.defaultLanguage(env);
            preferences = Preferences.load(env, Messages.of(lang), this::warn);
        }
        return preferences;
    }

    /** The UI language when {@code --lang} is not given: the settings file's, else the locale's. */
    String defaultLang() {
        String chosen = preferences().lang();
        return chosen != null ? chosen : Messages.defaultLanguage(env);
    }

    String lang() {
        return globals.lang() != null ? globals.lang().name() : defaultLang();
    }

    Messages messages() {
        return Messages.of(lang());
    }

    /** Bold headings and faint metadata in text output when colour is allowed (CLI {@link ColorPolicy}). */
    Emphasis emphasis() {
        return ColorPolicy.colour(globals.color().name(), env, stdoutIsTerminal) ? Emphasis.ANSI : Emphasis.NONE;
    }

    int terminalWidth() {
        return terminalWidth.getAsInt();
    }

    /** Where warnings go (one line each, the {@code liseuse: } prefix added); stderr once the CLI runs. */
    void warnTo(java.io.PrintWriter err) {
        warnings = line -> {
            err.println("liseuse: " + line);
            err.flush();
        };
    }

    void warn(String line) {
        warnings.accept(line);
    }

    /** Sources to open pages with; {@link #close} ends their network connections. */
    Sources sources() {
        SourceOptions defaults = SourceOptions.defaults(env);
        Sources sources = new Sources(new SourceOptions(globals.offline(), Duration.ofSeconds(globals.timeoutSeconds()),
                defaults.maxBytes(), env),
                id -> Librarian.lookup(new Library(settings(), LibraryEvents.SILENT)).find(id));
        synchronized (opened) {
            opened.add(sources);
        }
        return sources;
    }

    /** The bundled and the user's site profiles (a user file that cannot be used is one warning). */
    SiteProfiles siteProfiles() {
        return Sites.load(env, messages(), this::warn);
    }

    /**
     * Loads pages with the bundled and the user's site profiles (read when a page of a site first
     * needs them); library ids are sources too.
     */
    PageLoader pageLoader() {
        return pageLoader(this::siteProfiles);
    }

    PageLoader pageLoader(java.util.function.Supplier<SiteProfiles> profiles) {
        return pageLoader(sources(), profiles);
    }

    PageLoader pageLoader(Sources sources, java.util.function.Supplier<SiteProfiles> profiles) {
        return new PageLoader(sources, profiles, EnvironmentLimits.timeBudget(env, PageLoader.DEFAULT_BUDGET),
                extractors.apply(this::partFailed));
    }

    /** How pages are built, told of the parts that fail; tests give one whose parts fail on purpose. */
    Context extractors(java.util.function.Function<PartFaults, Extractor> extractors) {
        this.extractors = extractors;
        return this;
    }

    /** With {@code --verbose}, one line for each part of a page that failed (the page still came out). */
    private void partFailed(String source, PagePart part, RuntimeException fault) {
        if (!globals.verbose()) return;
        Messages messages = messages();
        String exception = fault.getClass().getSimpleName().isEmpty() ? fault.getClass().getName()
                : fault.getClass().getSimpleName();
        warn(Sanitizer.inline(part == PagePart.ARTICLE
                ? messages.get("page.articleFailed", Excerpt.of(source), exception)
                : messages.get("page.partFailed", Excerpt.of(source), messages.get("page.part." + part.id()), exception)));
    }

    Settings settings() {
        return Settings.from(env, globals.discreet());
    }

    /** The library use cases; waits and damaged entries are reported on {@code err}. */
    Librarian librarian(PrintWriter err) {
        return new Librarian(pageLoader(), new Library(settings(), new LibraryNotices(messages(), err, progress())));
    }

    /** The library use cases, loading pages with {@code loader} (the reader's, so it saves what it shows). */
    Librarian librarian(PageLoader loader, PrintWriter err) {
        return new Librarian(loader, new Library(settings(), new LibraryNotices(messages(), err, BatchProgress.none())));
    }

    /** {@code search --site NAME}: the site's own search, through its profile. */
    SiteSearch siteSearch() {
        return new SiteSearches(sources(), siteProfiles());
    }

    /** Ends what the command opened: network connections and their threads (see {@link Sources#close}). */
    @Override
    public void close() {
        if (progress != null) progress.close();
        synchronized (opened) {
            opened.forEach(Sources::close);
            opened.clear();
        }
    }

    boolean discreet() {
        return settings().discreet();
    }

    /**
     * Line mode when asked for by the option, the variable or the settings, unless {@code --no-line-mode}
     * or {@code --line-mode=false} overrides them for this run; a dumb terminal always gets it, having no full screen to give.
     */
    boolean lineModeWanted() {
        if (Tty.dumb(env)) return true;
        Boolean asked = globals.lineMode();
        if (globals.noLineMode() || Boolean.FALSE.equals(asked)) return false;
        return Boolean.TRUE.equals(asked) || "1".equals(env.get("LISEUSE_SCREEN_READER")) || preferences().lineMode();
    }
}
