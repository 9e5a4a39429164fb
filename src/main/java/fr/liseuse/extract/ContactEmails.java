package fr.liseuse.extract;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds e-mail addresses in running text and reads them out of {@code mailto:} links. */
final class ContactEmails {

    /** An address and where it sits in the searched text. */
    record Found(int start, int end, String address) { }

    private ContactEmails() { }

    /** Every address in {@code text}, in order; one pass around each {@code @}. */
    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = text.indexOf('@', from)) >= 0) {
            int start = at;
            while (start > from && isLocalChar(text.charAt(start - 1))) start--;
            while (start < at && text.charAt(start) == '.') start++;
            int end = at + 1;
            while (end < text.length() && isDomainChar(text.charAt(end))) end++;
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) end--;
            if (start < at && isDomain(text.substring(at + 1, end)) && text.charAt(at - 1) != '.') {
                found.add(new Found(start, end, text.substring(start, end)));
                from = end;
            } else {
                from = at + 1;
            }
        }
        return found;
    }

    /** The address of a {@code mailto:} URL, or empty when it holds none. */
    static Optional<String> fromMailto(String url) {
        if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("mailto:")) return Optional.empty();
        String rest = url.substring("mailto:".length());
        int query = rest.indexOf('?');
        if (query >= 0) rest = rest.substring(0, query);
        int comma = rest.indexOf(',');
        if (comma >= 0) rest = rest.substring(0, comma);
        try {
            rest = URLDecoder.decode(rest.replace("+", "%2B"), StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        List<Found> found = find(rest);
        if (found.size() != 1 || found.get(0).start() != 0 || found.get(0).end() != rest.length()) {
            return Optional.empty();
        }
        return Optional.of(rest);
    }

    private static boolean isDomain(String domain) {
        int dot = domain.lastIndexOf('.');
        if (dot <= 0 || domain.startsWith("-") || domain.contains("..")) return false;
        String tld = domain.substring(dot + 1);
        if (tld.length() < 2) return false;
        for (int k = 0; k < tld.length(); k++) {
            if (!Character.isLetter(tld.charAt(k))) return false;
        }
        return true;
    }

    private static boolean isLocalChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomainChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }
}
