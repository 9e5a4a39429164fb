package fr.liseuse.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A size in bytes, as a message shows it in the UI language: the largest binary unit it reaches,
 * three significant digits, the language's decimal sign ("1,5 Mio", "100 KiB", "512 octets").
 * Given to {@link Messages#get} as an argument, which formats it.
 */
public record ByteSize(long bytes) {

    private static final String[] UNITS = {"size.bytes", "size.kib", "size.mib", "size.gib"};

    String shown(Messages messages, Locale locale) {
        int unit = 0;
        long scale = 1;
        while (unit < UNITS.length - 1 && bytes >= scale * 1024) {
            scale *= 1024;
            unit++;
        }
        BigDecimal value = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(scale), new MathContext(3)).stripTrailingZeros();
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(Math.max(0, value.scale()));
        number.setGroupingUsed(false);
        return messages.get(UNITS[unit], number.format(value));
    }
}
