package fr.liseuse.source;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The furniture every demo page shares, as a content management system would add it: the page
 * files hold their own head and main content with markers where the site header (cookie banner,
 * menu, search box with the most frequent searches), the share bar and the footer go.
 */
final class DemoLayout {

    static final String HEADER = "<!--ENTETE-->";
    static final String SHARE_BAR = "<!--PARTAGE-->";
    static final String FOOTER = "<!--PIED-->";

    private final String header;
    private final String shareBar;
    private final String footer;

    DemoLayout(String header, String shareBar, String footer) {
        this.header = header.strip();
        this.shareBar = shareBar.strip();
        this.footer = footer.strip();
    }

    static DemoLayout bundled() {
        return new DemoLayout(DemoSite.resource("_entete.html"), DemoSite.resource("_partage.html"),
                DemoSite.resource("_pied.html"));
    }

    /** The page file with the shared parts in place; {@code path} is the page's own path, e.g. {@code /eau/facture}. */
    String apply(String page, String path) {
        String address = URLEncoder.encode(DemoSite.SCHEME + path, StandardCharsets.UTF_8);
        return page.replace(HEADER, header)
                .replace(SHARE_BAR, shareBar.replace("{{adresse}}", address))
                .replace(FOOTER, footer + "\n");
    }
}
