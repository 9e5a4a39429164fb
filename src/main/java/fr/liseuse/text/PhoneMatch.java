package fr.liseuse.text;

/**
 * A French phone number found in text or parsed from a {@code tel:} link.
 *
 * @param start         index of its first character in the searched text (0 for {@link PhoneNumbers#parse})
 * @param end           index just after its last character
 * @param number        digits only: {@code 0353014217}, {@code 3919}, {@code 116006}
 * @param display       the usual French grouping: {@code 03 53 01 42 17}, {@code 0 800 05 95 95},
 *                      {@code 3919}, {@code 116 006}
 * @param international E.164 form for full numbers ({@code +33353014217}); null for short numbers
 * @param tel           a dialable {@code tel:} URI ({@code tel:+33353014217}, {@code tel:3919})
 */
public record PhoneMatch(int start, int end, String number, String display, String international, String tel) {

    /** A full ten-digit national number such as {@code 0353014217}. */
    static PhoneMatch full(int start, int end, String national) {
        String international = "+33" + national.substring(1);
        return new PhoneMatch(start, end, national, displayFull(national), international, "tel:" + international);
    }

    /** A short national number such as {@code 3919}, {@code 15} or {@code 116006}. */
    static PhoneMatch shortNumber(int start, int end, String digits) {
        String display = digits.length() == 6 ? digits.substring(0, 3) + " " + digits.substring(3) : digits;
        return new PhoneMatch(start, end, digits, display, null, "tel:" + digits);
    }

    private static String displayFull(String national) {
        StringBuilder out = new StringBuilder(14);
        if (national.startsWith("08")) {
            // special-rate and free numbers are written 0 800 05 95 95
            out.append(national, 0, 1).append(' ').append(national, 1, 4);
            for (int i = 4; i < 10; i += 2) out.append(' ').append(national, i, i + 2);
        } else {
            for (int i = 0; i < 10; i += 2) {
                if (i > 0) out.append(' ');
                out.append(national, i, i + 2);
            }
        }
        return out.toString();
    }
}
