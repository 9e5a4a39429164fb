package fr.liseuse.extract;

import fr.liseuse.text.LanguageTags;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * The page's publication date, from its sources in order of trust: structured data marked as the
 * publication (JSON-LD, Open Graph and the common meta names, itemprop, RDFa and hAtom marks, time
 * elements), then creation dates, then the date line near the headline, a plain "date" meta (often
 * the last change), other date lines, the address, a date the page's scripts name as the
 * publication, the page's last change when it names no publication at all, and last the other dates
 * of the text. A modification date never outranks a publication date. A UTC time-stamp gives way to the
 * same moment written in the page's own offset, or to the day the page shows beside it, so the day is
 * the one its readers see.
 */
final class PublicationDate {

    private static final String[] PUBLISHED_KEYS = {"article:published_time", "og:published_time",
        "datePublished", "publishdate", "publish-date", "pubdate", "publication_date", "dc.date.issued",
        "dcterms.issued", "sailthru.date", "parsely-pub-date"};
    private static final String[] CREATED_KEYS = {"dcterms.created", "dc.date.created"};
    private static final String[] MODIFIED_KEYS = {"article:modified_time", "og:updated_time", "dateModified",
        "last-modified", "dcterms.modified"};
    private static final String[] LOOSE_KEYS = {"date", "dc.date", "dcterms.date"};
    private static final int EARLIEST_YEAR = 1995;
    /** Local times run from UTC-12 to UTC+14: only near midnight does the day differ. */
    private static final int HOURS_EAST_OF_UTC = 24 - 14;
    private static final int HOURS_WEST_OF_UTC = 12;
    /** Length of {@code 2025-03-04}. */
    private static final int DAY_LENGTH = 10;
    /** How far from the headline (in elements) a date still reads as the article's. */
    private static final int NEAR_BEFORE = 25;
    private static final int NEAR_AFTER = 60;
    /** Outside article/main a date line counts as this much farther from the headline. */
    private static final int OUTSIDE_CONTENT = 1000;

    private final MetadataTags tags;
    private final MetadataLinkedData ld;
    private final DateMarks marks;
    private final Today today;

    private PublicationDate(MetadataTags tags, MetadataLinkedData ld, DateMarks marks, Today today) {
        this.tags = tags;
        this.ld = ld;
        this.marks = marks;
        this.today = today;
    }

    /**
     * @param lang the page's language tag ({@code en}, {@code en-US}), or null: English pages read 03/04/2024
     *             month first
     * @param urls the page's addresses, canonical first
     */
    static String of(Document doc, MetadataTags tags, MetadataLinkedData ld, String lang, Today today,
            String... urls) {
        DateMarks marks = DateMarks.of(doc, dayFirst(lang), today);
        return new PublicationDate(tags, ld, marks, today).find(urls);
    }

    /**
     * Whether 03/04/2024 reads as 3 April: everywhere but on English pages of the United States or
     * of no declared region (en-GB, en-AU, en-IN... write the day first).
     */
    private static boolean dayFirst(String lang) {
        if (!LanguageTags.primary(lang).equals("en")) return true;
        String region = LanguageTags.region(lang);
        return !region.isEmpty() && !region.equals("us");
    }

    private String find(String... urls) {
        List<String> markup = markup();
        for (String raw : markup) {
            String date = DateText.machine(raw);
            if (sane(date)) return ownTimeZone(date, markup);
        }
        LocalDate shown = nearHeadline();
        if (shown != null) return shown.toString();
        for (String key : LOOSE_KEYS) {
            String date = DateText.machine(tags.meta(key));
            if (sane(date)) return ownTimeZone(date, markup);
        }
        shown = anyDateLine();
        if (shown != null) return shown.toString();
        for (String url : urls) {
            LocalDate day = UrlDates.of(url, marks.dayFirst());
            if (sane(day)) return day.toString();
        }
        String scripted = DateText.machine(marks.scripted());
        if (sane(scripted)) return scripted;
        for (String raw : modification()) {
            String date = DateText.machine(raw);
            if (sane(date)) return date;
        }
        LocalDate other = otherText();
        return other == null ? null : other.toString();
    }

    /** Machine values in order of trust. */
    private List<String> markup() {
        List<String> out = new ArrayList<>();
        out.add(ld.datePublished());
        for (String key : PUBLISHED_KEYS) out.add(tags.meta(key));
        out.addAll(marks.published());
        out.add(ld.anyDatePublished());
        out.add(headerTime());
        out.add(ld.dateCreated());
        for (String key : CREATED_KEYS) out.add(tags.meta(key));
        out.addAll(marks.created());
        out.removeIf(v -> v == null || v.isBlank());
        return out;
    }

    /**
     * The page's last change, when it names no publication date at all: a wiki page or a
     * reference page says when it last changed, which dates it better than any date its text
     * speaks of.
     */
    private List<String> modification() {
        List<String> out = new ArrayList<>();
        out.add(ld.dateModified());
        for (String key : MODIFIED_KEYS) out.add(tags.meta(key));
        out.addAll(marks.modified());
        out.removeIf(v -> v == null || v.isBlank());
        return out;
    }

    /**
     * A UTC time-stamp names the right moment but maybe not the readers' day: the same moment in
     * another value with the page's offset wins, else a day the page shows beside it.
     */
    private String ownTimeZone(String date, List<String> markup) {
        OffsetDateTime utc = offsetDateTime(date);
        if (utc == null || utc.getOffset().getTotalSeconds() != 0) return date;
        for (String raw : markup) {
            OffsetDateTime other = offsetDateTime(DateText.machine(raw));
            if (other != null && other.getOffset().getTotalSeconds() != 0 && other.isEqual(utc)) {
                return other.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            }
        }
        LocalDate shown = nearHeadline();
        if (shown == null) return date;
        LocalDate day = utc.toLocalDate();
        int hour = utc.getHour();
        boolean east = shown.equals(day.plusDays(1)) && hour >= HOURS_EAST_OF_UTC;
        boolean west = shown.equals(day.minusDays(1)) && hour < HOURS_WEST_OF_UTC;
        return east || west ? shown.toString() : date;
    }

    /** The first time element of the article, else the one nearest the headline. */
    private String headerTime() {
        int h = marks.headline();
        DateMarks.Time best = null;
        for (DateMarks.Time t : marks.times()) {
            if (t.inContent()) return t.datetime();
            if (near(t.position(), h) && (best == null || distance(t.position(), h) < distance(best.position(), h))) {
                best = t;
            }
        }
        return best == null ? null : best.datetime();
    }

    /** The date line nearest the headline, within a few elements of it; null when none. */
    private LocalDate nearHeadline() {
        int h = marks.headline();
        DateMarks.Visible best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMarks.Visible v : marks.visible()) {
            if (!v.line() || !near(v.position(), h) || !sane(v.day())) continue;
            int d = distance(v.position(), h);
            if (d < bestDistance) { best = v; bestDistance = d; }
        }
        return best == null ? null : best.day();
    }

    /** The date line nearest the headline anywhere, the article's first; null when none. */
    private LocalDate anyDateLine() {
        int h = marks.headline();
        DateMarks.Visible best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMarks.Visible v : marks.visible()) {
            if (!v.line() || !sane(v.day())) continue;
            int d = (h < 0 ? v.position() : distance(v.position(), h)) + (v.inContent() ? 0 : OUTSIDE_CONTENT);
            if (d < bestDistance) { best = v; bestDistance = d; }
        }
        return best == null ? null : best.day();
    }

    private static boolean near(int position, int headline) {
        return headline >= 0 && position - headline >= -NEAR_BEFORE && position - headline <= NEAR_AFTER;
    }

    private static int distance(int position, int headline) {
        return Math.abs(position - headline);
    }

    /** The first date of the article's text, else of the page. */
    private LocalDate otherText() {
        LocalDate first = null;
        for (DateMarks.Visible v : marks.visible()) {
            if (!sane(v.day())) continue;
            if (v.inContent()) return v.day();
            if (first == null) first = v.day();
        }
        return first;
    }

    private boolean sane(String iso) {
        try {
            return iso != null && sane(LocalDate.parse(iso.substring(0, DAY_LENGTH)));
        } catch (RuntimeException notADay) {
            return false;
        }
    }

    /** Not before the web's early years, not in the future (a day's margin for time zones). */
    private boolean sane(LocalDate day) {
        return day != null && day.getYear() >= EARLIEST_YEAR && !today.isFuture(day, 1);
    }

    private static OffsetDateTime offsetDateTime(String iso) {
        if (iso == null || iso.length() <= DAY_LENGTH) return null;
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException noOffset) {
            return null;
        }
    }
}
