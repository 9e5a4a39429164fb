package fr.liseuse.extract.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The PDF the launcher's start-up training reads, so that a PDF's start finds PDFBox in its cache:
 * two pages on a neutral subject (waste collection; the training's files must not tell what the user
 * reads), with a running header, page numbers, a title, headings, a list and a phone number, the
 * shapes every PDF read goes through.
 */
public final class TrainingDocument {

    private static final float HEIGHT = PDRectangle.A4.getHeight();

    private TrainingDocument() { }

    public static byte[] bytes() throws IOException {
        QuietPdfBox.ensure();
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        String[][] pages = {
            {"Collecte des déchets", "Jours de passage",
                "Les bacs sont à sortir la veille au soir et à rentrer après le passage du camion.",
                "- Ordures ménagères : le lundi", "- Emballages et papiers : le jeudi"},
            {"Déchèteries", "Horaires d'ouverture",
                "Les déchèteries sont ouvertes du lundi au samedi, de 9 h à 18 h, sauf les jours fériés.",
                "- Renseignements : 03 20 21 22 23", "- Encombrants : sur rendez-vous"},
        };
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int n = 0; n < pages.length; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    line(text, regular, 9, 40, "Métropole de Lisière - Guide du tri");
                    line(text, bold, 20, 100, pages[n][0]);
                    line(text, bold, 14, 140, pages[n][1]);
                    for (int i = 2; i < pages[n].length; i++) line(text, regular, 11, 170 + 18 * (i - 2), pages[n][i]);
                    line(text, regular, 9, 810, "Page " + (n + 1) + " / " + pages.length);
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void line(PDPageContentStream out, PDType1Font font, float size, float fromTop, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(72, HEIGHT - fromTop);
        out.showText(text);
        out.endText();
    }
}
