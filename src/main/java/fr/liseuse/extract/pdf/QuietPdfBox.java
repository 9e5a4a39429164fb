package fr.liseuse.extract.pdf;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.font.FontMappers;

/**
 * Sets PDFBox up, once, for a terminal program that reads: its warnings about messy files (which it
 * repairs) never reach the user's terminal, and fonts a document does not embed are all mapped to the
 * one font PDFBox bundles, instead of PDFBox scanning the system's fonts and writing a font cache in the
 * home folder (slow the first time, and a trace a discreet reading must not leave).
 */
final class QuietPdfBox {

    /** Held so the logger settings are not collected with the loggers. */
    private static final Logger[] SILENCED = {Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox")};

    static {
        for (Logger logger : SILENCED) logger.setLevel(Level.OFF);
        FontMappers.set(new BundledFontMapper());
    }

    private QuietPdfBox() { }

    /** Runs the set-up above, the first time only. */
    static void ensure() {
        // the static initialiser does the work
    }
}
