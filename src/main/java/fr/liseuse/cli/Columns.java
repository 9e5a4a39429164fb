package fr.liseuse.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A wrapping width: 0 (no wrapping) or 10 to 10000 columns. */
final class Columns implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n == 0 || (n >= 10 && n <= 10_000)) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new TypeConversionException("expected 0 (no wrapping) or a width from 10 to 10000 columns");
    }
}
