package fr.liseuse.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The dates a page's body shows, gathered in one walk: machine values marked as the publication
 * (itemprop or RDFa datePublished, the hAtom "published" class, time pubdate), time elements, the
 * dates written for people, each with its place in the page, and a publication date named in a
 * script. Comments, quotations, navigation, asides and footers are left out, and so are the marks
 * of other article elements than the headline's (or of those above it): their dates are not the
 * article's. Whatever is marked as an update is kept apart, as the page's modification dates.
 */
final class DateMarks implements NodeVisitor {

    /**
     * A date written for people, at the given position among the page's elements; {@code line}
     * when it stands as a date line (marked as a date by class, id or itemprop, or a short text of
     * its own), not inside running prose; {@code article} is the number of the article element
     * holding it (0 outside any).
     */
    record Visible(LocalDate day, int position, boolean line, boolean inContent, int article) { }

    /**
     * The datetime of a time element, at the given position among the page's elements, with the
     * number of the article element holding it (0 outside any).
     */
    record Time(String datetime, int position, boolean inContent, int article) { }

    /** A machine value, with the number of the article element holding it (0 outside any). */
    private record Machine(String value, int article) { }

    private static final String[] DATE_WORDS = {"date", "datum", "time", "publi", "posted", "byline", "meta",
        "fecha"};
    private static final String[] UPDATE_WORDS = {"modif", "updat", "aktualisiert", "changed", "edited", "lastmod"};
    private static final String[] MARK_ATTRIBUTES = {"class", "id", "itemprop"};
    private static final String[] COMMENT_WORDS = {"comment", "kommentar", "reply", "respond"};
    private static final String[] BOX_NAMES = {"footer", "site-footer"};
    /** A date mark with more nodes than this is a container, not a date line. */
    private static final int MAX_MARK_NODES = 24;
    private static final int MAX_MARK_TEXT = 160;
    private static final int MAX_TEXT_NODE = 400;
    /** A text this short holding a date is a date line: "Publié le 1er mars 2024 à 10 h 30". */
    private static final int MAX_DATE_LINE = 60;

    private static final int COMMENT = 1;
    private static final int BOILERPLATE = 2;
    private static final int CONTENT = 4;
    private static final int UPDATE = 8;
    private static final int MARK = 16;
    /** A quotation: an embedded post or tweet keeps the dates of its own source. */
    private static final int QUOTE = 32;
    private static final int ARTICLE = 64;
    private static final int LAST_FLAG = ARTICLE;

    private final boolean dayFirst;
    private final Today today;
    /** The flags of the open elements, innermost last. */
    private int[] flags = new int[64];
    private int openCount;
    private final int[] open = new int[LAST_FLAG + 1];
    private final List<Machine> published = new ArrayList<>();
    private final List<Machine> created = new ArrayList<>();
    private final List<Visible> visible = new ArrayList<>();
    /** Machine values marked as the modification date (itemprop dateModified). */
    private final List<Machine> modified = new ArrayList<>();
    /** Days of the lines giving the modification date: "Updated …", an element marked as the last change. */
    private final List<LocalDate> updates = new ArrayList<>();
    private final List<Time> times = new ArrayList<>();
    /** Article elements met so far (outermost ones), the one open now, the one holding the headline. */
    private int articles;
    private int article;
    private int headlineArticle;
    /** Where each article element ended (its last element's position), by number; 0 while open. */
    private int[] articleEnds = new int[8];
    private String scripted;
    private int position;
    private int headline = -1;
    private int contentHeadline = -1;
    private int subheading = -1;

    private DateMarks(boolean dayFirst, Today today) {
        this.dayFirst = dayFirst;
        this.today = today;
    }

    /**
     * @param dayFirst whether 03/04/2024 reads as 3 April on this page (not on American pages)
     * @param today the day a two-digit year may not go beyond
     */
    static DateMarks of(Document doc, boolean dayFirst, Today today) {
        DateMarks marks = new DateMarks(dayFirst, today);
        NodeTraversor.traverse(marks, doc);
        return marks;
    }

    /** Whether 03/04/2024 reads as 3 April on this page. */
    boolean dayFirst() {
        return dayFirst;
    }

    /** Machine values marked as the publication date, in page order, but those of other articles. */
    List<String> published() {
        return ownArticle(published);
    }

    /** Machine values marked as the creation date (itemprop dateCreated), as {@link #published()}. */
    List<String> created() {
        return ownArticle(created);
    }

    /** The time elements with a datetime, in page order, but those of other articles. */
    List<Time> times() {
        if (articles == 0) return times;
        List<Time> own = new ArrayList<>();
        for (Time t : times) if (inOwnArticle(t.article())) own.add(t);
        return own;
    }

    /**
     * The values outside any article element or in the one holding the headline: when the
     * headline sits in an article element, the others are teasers of other pages.
     */
    private List<String> ownArticle(List<Machine> values) {
        List<String> own = new ArrayList<>();
        for (Machine m : values) if (inOwnArticle(m.article())) own.add(m.value());
        return own;
    }

    /**
     * Whether a value in the article element of this number (0 for none) may be the article's:
     * when the headline sits in an article element, the others are teasers of other pages; when it
     * sits in none, so are those that ended before the page's first h1 (a list of other articles
     * above all headings of the page).
     */
    private boolean inOwnArticle(int number) {
        if (number == 0) return true;
        if (headlineArticle != 0) return number == headlineArticle;
        return headline < 0 || articleEnds[number] >= headline;
    }

    /**
     * The page's modification dates: machine values marked so (itemprop dateModified) as written,
     * then the days of the lines saying when it last changed, in page order.
     */
    List<String> modified() {
        List<String> out = ownArticle(modified);
        for (LocalDate day : updates) out.add(day.toString());
        return out;
    }

    /** The first date a script of the page names as the publication, as written; null when none. */
    String scripted() {
        return scripted;
    }

    /** Dates written for people, in page order, but those of other articles. */
    List<Visible> visible() {
        if (articles == 0) return visible;
        List<Visible> own = new ArrayList<>();
        for (Visible v : visible) if (inOwnArticle(v.article())) own.add(v);
        return own;
    }

    /**
     * Position of the article's headline: the first h1 inside article/main, else the first h1, else
     * the first h2; -1 when none.
     */
    int headline() {
        if (contentHeadline >= 0) return contentHeadline;
        return headline >= 0 ? headline : subheading;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof DataNode) {
            if (scripted == null && node.parentNode() instanceof Element
                    && ((Element) node.parentNode()).normalName().equals("script")) {
                scripted = ScriptDates.first(((DataNode) node).getWholeData());
            }
            return;
        }
        if (node instanceof TextNode) {
            boolean update = inside(UPDATE);
            if (inside(COMMENT | QUOTE) || !update && inside(BOILERPLATE) || inHeadlineText(node)) return;
            String text = ((TextNode) node).getWholeText();
            if (text.length() > MAX_TEXT_NODE || !DateText.hasYear(text)) return;
            LocalDate day = DateText.written(text, dayFirst);
            if (day != null) addVisible(day, update ? null : DateLabels.withLabel((TextNode) node),
                    text.strip().length() <= MAX_DATE_LINE);
            return;
        }
        if (!(node instanceof Element)) return;
        Element el = (Element) node;
        position++;
        int f = flags(el);
        if (inside(CONTENT)) f &= ~BOILERPLATE;
        if ((f & COMMENT) != 0 && !inside(COMMENT) && holdsHeadline(el)) f &= ~COMMENT;
        if (openCount == flags.length) flags = Arrays.copyOf(flags, openCount * 2);
        flags[openCount++] = f;
        if ((f & ARTICLE) != 0 && !inside(ARTICLE)) article = ++articles;
        for (int bit = 1; bit <= LAST_FLAG; bit <<= 1) if ((f & bit) != 0) open[bit]++;
        if (inside(COMMENT | QUOTE)) return;
        String tag = el.normalName();
        if (!inside(BOILERPLATE)) noteHeadline(el, tag);
        String itemprop = schemaProperty(el);
        if (inside(UPDATE)) {
            if (itemprop.equals("dateModified")) add(modified, machineValue(el));
            return;
        }
        if (itemprop.equals("datePublished") || publishedMicroformat(el) || tag.equals("time") && el.hasAttr("pubdate")) {
            add(published, machineValue(el));
        } else if (itemprop.equals("dateCreated")) {
            add(created, machineValue(el));
        }
        if (tag.equals("time") && el.hasAttr("datetime") && !inside(BOILERPLATE)) {
            times.add(new Time(el.attr("datetime"), position, inside(CONTENT), openArticle()));
        }
        if ((f & MARK) != 0 && !inside(BOILERPLATE)) {
            String text = shortText(el);
            if (text != null && el.getElementsByTag("h1").isEmpty()) {
                LocalDate day = DateText.hasYear(text) ? DateText.written(text, dayFirst) : DateText.shortYear(text, today);
                if (day != null) addVisible(day, text, true);
            }
        }
    }

    /**
     * Whether an element marked as comments holds the page's headline: then it is an opinion
     * piece ("commentary", "Kommentar") or a page layout, not the readers' comments below.
     */
    private static boolean holdsHeadline(Element el) {
        return !el.getElementsByTag("h1").isEmpty();
    }

    /**
     * A heading of the footer or an aside names a box of links, never the article; an h1 without
     * words holds the site's logo.
     */
    private void noteHeadline(Element el, String tag) {
        if (tag.equals("h1") && el.hasText()) {
            if (headline < 0) headline = position;
            if (contentHeadline < 0 && inside(CONTENT)) {
                contentHeadline = position;
                headlineArticle = openArticle();
            }
        }
        if (tag.equals("h2") && subheading < 0) subheading = position;
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element)) return;
        int f = flags[--openCount];
        for (int bit = 1; bit <= LAST_FLAG; bit <<= 1) if ((f & bit) != 0) open[bit]--;
        if ((f & ARTICLE) != 0 && !inside(ARTICLE)) {
            if (article >= articleEnds.length) articleEnds = Arrays.copyOf(articleEnds, article * 2);
            articleEnds[article] = position;
            article = 0;
        }
    }

    /**
     * The text of a date mark, or null when it holds more than a date line would: reading a whole
     * container marked "meta" or "time" would cost a walk of the page each time.
     */
    private static String shortText(Element el) {
        StringBuilder out = new StringBuilder();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(el);
        int visited = 0;
        while (!pending.isEmpty()) {
            if (++visited > MAX_MARK_NODES) return null;
            Node n = pending.pop();
            if (n instanceof TextNode) {
                out.append(((TextNode) n).getWholeText()).append(' ');
                if (out.length() > MAX_MARK_TEXT) return null;
            }
            for (int i = n.childNodeSize() - 1; i >= 0; i--) pending.push(n.childNode(i));
        }
        return out.toString();
    }

    /** A date written in the headline itself names what the article is about, not when it appeared. */
    private static boolean inHeadlineText(Node text) {
        Node parent = text.parentNode();
        return parent instanceof Element && ((Element) parent).normalName().equals("h1");
    }

    /**
     * Notes the day of a date line, by what its label says: a modification date, the day a member
     * joined (dropped), else a date the page shows.
     * @param labelled the line with its label, null when it sits in an element marked as an update
     */
    private void addVisible(LocalDate day, String labelled, boolean line) {
        if (labelled == null || DateLabels.update(labelled)) {
            updates.add(day);
        } else if (!DateLabels.membership(labelled)) {
            visible.add(new Visible(day, position, line, inside(CONTENT), openArticle()));
        }
    }

    private boolean inside(int mask) {
        for (int bit = 1; bit <= LAST_FLAG; bit <<= 1) if ((mask & bit) != 0 && open[bit] > 0) return true;
        return false;
    }

    private void add(List<Machine> values, String value) {
        if (value != null && !value.isBlank()) values.add(new Machine(value.strip(), openArticle()));
    }

    /** The number of the article element open now, 0 when none. */
    private int openArticle() {
        return inside(ARTICLE) ? article : 0;
    }

    /**
     * The schema.org property an element carries, as microdata ({@code itemprop="datePublished"})
     * or RDFa ({@code property="schema:datePublished"}, prefix dropped); empty when none.
     */
    private static String schemaProperty(Element el) {
        String itemprop = el.attr("itemprop");
        if (!itemprop.isEmpty()) return itemprop;
        String property = el.attr("property");
        return property.substring(property.indexOf(':') + 1);
    }

    /** hAtom/h-entry: {@code <abbr class="published" title="2024-03-12T10:00:00+01:00">}. */
    private static boolean publishedMicroformat(Element el) {
        if (!el.hasAttr("title") && !el.hasAttr("datetime")) return false;
        return el.hasClass("published") || el.hasClass("dt-published");
    }

    private static String machineValue(Element el) {
        for (String attr : new String[] {"datetime", "content", "title"}) {
            if (el.hasAttr(attr) && !el.attr(attr).isBlank()) return el.attr(attr);
        }
        return el.text();
    }

    private static int flags(Element el) {
        String tag = el.normalName();
        int f = 0;
        if (tag.equals("article") || tag.equals("main")) f |= CONTENT;
        if (tag.equals("article")) f |= ARTICLE;
        if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer")) f |= BOILERPLATE;
        if (tag.equals("blockquote")) f |= QUOTE;
        if (el.attributesSize() == 0) return f;
        if (el.attr("role").equals("main")) f |= CONTENT;
        for (String attr : MARK_ATTRIBUTES) {
            String value = el.attr(attr);
            if (value.isEmpty()) continue;
            String marks = value.toLowerCase(Locale.ROOT);
            boolean dateMark = containsAny(marks, DATE_WORDS);
            // "comments-date" marks the article's date beside its comment count, not a comment
            if (containsAny(marks, COMMENT_WORDS) && !dateMark) f |= COMMENT;
            if (containsAny(marks, UPDATE_WORDS)) f |= UPDATE;
            if (dateMark) f |= MARK;
            if (!attr.equals("itemprop") && namesBox(marks)) f |= BOILERPLATE;
        }
        return f;
    }

    /**
     * Whether a class list or id names the page's footer or its aside as a whole ("footer",
     * "site-footer", "aside"); "entry-footer" and the like may hold the article's own date.
     */
    private static boolean namesBox(String marks) {
        for (String box : BOX_NAMES) {
            for (int i = marks.indexOf(box); i >= 0; i = marks.indexOf(box, i + 1)) {
                int end = i + box.length();
                boolean starts = i == 0 || Character.isWhitespace(marks.charAt(i - 1));
                if (starts && (end == marks.length() || Character.isWhitespace(marks.charAt(end)))) return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) if (s.contains(w)) return true;
        return false;
    }
}
