package fr.liseuse.extract.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/** The PDFs the tests and the benchmark read, written with PDFBox, in French and English. */
public final class PdfSamples {

    private PdfSamples() { }

    /** Writes every sample into the folder given (for the benchmark and for trying by hand). */
    public static void main(String[] args) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of(args[0]);
        java.nio.file.Files.createDirectories(dir);
        java.util.Map<String, byte[]> samples = new java.util.LinkedHashMap<>();
        samples.put("leaflet-fr.pdf", frenchLeaflet());
        samples.put("leaflet-en.pdf", englishLeaflet());
        samples.put("two-columns.pdf", twoColumns());
        samples.put("form.pdf", form());
        samples.put("owner-password.pdf", withOwnerPasswordOnly());
        samples.put("user-password.pdf", withUserPassword());
        samples.put("truncated.pdf", truncated(0.6));
        samples.put("scanned.pdf", scanned());
        for (var e : samples.entrySet()) java.nio.file.Files.write(dir.resolve(e.getKey()), e.getValue());
    }

    /**
     * A two-page leaflet without a title in its document information: running header, page numbers,
     * a large title, headings, a list of numbers to call, a paragraph running over to page 2, words cut
     * at line ends, a table of opening hours and a link.
     */
    public static byte[] frenchLeaflet() {
        PdfMaker pdf = new PdfMaker().lang("fr-FR").created(2025, 3, 4);
        PdfMaker.Page one = pdf.page();
        one.text(72, 40, 9, "Ville de Lisière – Guide pratique");
        one.text(72, 100, 20, true, "Violences conjugales : où trouver de l’aide");
        one.text(72, 140, 11, "Les associations d’aide aux victimes vous accompa-");
        one.text(72, 153.2f, 11, "gnent gratuitement, de façon anonyme et confidentielle. Vous êtes peut-");
        one.text(72, 166.4f, 11, "être inquiète pour vos enfants : ils peuvent aussi être accompagnés.");
        one.text(72, 200, 14, true, "Numéros utiles");
        one.text(72, 225, 11, "• Violences Femmes Info : 3919, gratuit, jour et nuit");
        one.text(72, 240, 11, "• Police secours : 17");
        one.text(72, 255, 11, "• Accueil de jour de Lisière : 03 20 49 50 60");
        one.text(72, 290, 11, "Peut-être ne savez-vous pas par où commencer. Vous pouvez écrire à contact@lisiere.test ou");
        one.text(72, 303.2f, 11, "consulter le site de la Ville pour connaître les permanences et les démarches à");
        one.text(72, 810, 9, "Page 1 / 2");
        PdfMaker.Page two = pdf.page();
        two.text(72, 40, 9, "Ville de Lisière – Guide pratique");
        two.text(72, 100, 11, "suivre, même sans rendez-vous.");
        two.text(72, 140, 14, true, "Horaires de l’accueil");
        two.text(72, 165, 11, "Lundi").text(250, 165, 11, "9 h – 17 h");
        two.text(72, 180, 11, "Mardi").text(250, 180, 11, "9 h – 12 h");
        two.text(72, 195, 11, "Mercredi").text(250, 195, 11, "fermé");
        two.text(72, 230, 11, "Plus d’informations sur le site arretonslesviolences.gouv.fr du gouvernement.");
        float start = 72 + PdfMaker.width("Plus d’informations sur le site ", 11);
        two.link(start, 220, PdfMaker.width("arretonslesviolences.gouv.fr", 11), 14, "https://arretonslesviolences.gouv.fr/");
        two.text(72, 810, 9, "Page 2 / 2");
        return pdf.bytes();
    }

    /** The same kind of leaflet in English, with its title in the document information and no language. */
    public static byte[] englishLeaflet() {
        PdfMaker pdf = new PdfMaker().title("Getting help: a guide for residents");
        PdfMaker.Page one = pdf.page();
        one.text(72, 40, 9, "City of Lisiere - Residents' guide");
        one.text(72, 100, 20, true, "Getting help: a guide for residents");
        float y = one.paragraph(72, 140, 450, 11, "This guide lists the services that can help you when you are "
                + "worried about your safety or the safety of your children. All of them are free and the people "
                + "who answer are trained to listen.");
        one.text(72, y + 20, 14, true, "Who to call");
        one.text(72, y + 45, 11, "1. Emergency services: 112");
        one.text(72, y + 60, 11, "2. The national helpline for women: 3919");
        one.text(72, y + 75, 11, "3. The day centre of the city: 03 20 49 50 60");
        one.paragraph(72, y + 110, 450, 11, "Read more about your rights on https://www.service-public.fr/particuliers "
                + "and keep this leaflet somewhere safe.");
        one.text(300, 810, 9, "1");
        PdfMaker.Page two = pdf.page();
        two.text(72, 40, 9, "City of Lisiere - Residents' guide");
        two.text(72, 100, 14, true, "After the call");
        two.paragraph(72, 125, 450, 11, "A counsellor can meet you at the day centre, with or without an "
                + "appointment, and help you with the next steps for you and your children.");
        two.text(300, 810, 9, "2");
        return pdf.bytes();
    }

    /** One page in two columns under a title across both: each column's paragraphs must read whole. */
    public static byte[] twoColumns() {
        PdfMaker pdf = new PdfMaker().lang("fr");
        PdfMaker.Page page = pdf.page();
        page.text(72, 80, 18, true, "La collecte des déchets en 2025");
        float left = page.paragraph(72, 120, 210, 10, "Les bacs jaunes sont collectés le mardi matin dans tout "
                + "le centre-ville. Sortez votre bac la veille au soir et rentrez-le après le passage du camion.");
        page.paragraph(72, left + 12, 210, 10, "Les encombrants sont enlevés sur rendez-vous, une fois par mois, "
                + "devant votre domicile.");
        float right = page.paragraph(320, 120, 210, 10, "La déchèterie de Lisière est ouverte du lundi au samedi, "
                + "de 9 heures à 18 heures, sauf les jours fériés.");
        page.paragraph(320, right + 12, 210, 10, "Pour toute question, appelez le service des déchets au "
                + "03 20 11 22 33 du lundi au vendredi.");
        return pdf.bytes();
    }

    /** A filled form: labels on the page, values in text fields beside them. */
    public static byte[] form() {
        PdfMaker pdf = new PdfMaker().lang("fr");
        PdfMaker.Page page = pdf.page();
        page.text(72, 80, 16, true, "Demande de carte de stationnement");
        page.text(72, 130, 11, "Nom :");
        page.text(72, 160, 11, "Commune :");
        page.text(72, 200, 11, "Renvoyez ce formulaire à la mairie avant le 31 mars.");
        PDPage target = page.page;
        pdf.finishing(document -> fillForm(document, target));
        return pdf.bytes();
    }

    private static void fillForm(PDDocument document, PDPage page) {
        try {
            PDAcroForm form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
            PDResources resources = new PDResources();
            resources.put(COSName.HELV, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            form.setDefaultResources(resources);
            form.setDefaultAppearance("/Helv 11 Tf 0 g");
            field(form, page, "nom", 150, 130, "Dupont");
            field(form, page, "commune", 150, 160, "Lisière");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void field(PDAcroForm form, PDPage page, String name, float x, float baseline, String value)
            throws IOException {
        PDTextField field = new PDTextField(form);
        field.setPartialName(name);
        form.getFields().add(field);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(x, PdfMaker.HEIGHT - baseline - 4, 200, 16));
        widget.setPage(page);
        page.getAnnotations().add(widget);
        field.setValue(value);
    }

    /** A leaflet that opens only with the user password "secret". */
    public static byte[] withUserPassword() {
        return protect(frenchLeaflet(), "secret");
    }

    /** A leaflet with an owner password only: anyone can open and read it. */
    public static byte[] withOwnerPasswordOnly() {
        return protect(frenchLeaflet(), "");
    }

    private static byte[] protect(byte[] plain, String userPassword) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(plain)) {
            AccessPermission rights = new AccessPermission();
            rights.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-only-9", userPassword, rights);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return saved(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] saved(PDDocument document) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /** The French leaflet cut after {@code share} of its bytes, as a broken download leaves it. */
    public static byte[] truncated(double share) {
        byte[] whole = frenchLeaflet();
        return Arrays.copyOf(whole, (int) (whole.length * share));
    }

    /** A page that is only a picture, as a scanner makes it: no text at all. */
    public static byte[] scanned() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            BufferedImage picture = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
            PDImageXObject image = LosslessFactory.createFromImage(document, picture);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.drawImage(image, 50, 50, 500, 700);
            }
            return saved(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document of {@code count} pages with one line each. */
    public static byte[] pages(int count) {
        PdfMaker pdf = new PdfMaker();
        for (int i = 1; i <= count; i++) pdf.page().text(72, 300, 11, "Page de test numéro " + i + ".");
        return pdf.bytes();
    }
}
