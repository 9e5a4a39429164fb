package fr.liseuse.extract.pdf;

/**
 * A word as drawn on a page, in points from the page's top-left corner.
 *
 * @param baseline the line the letters sit on
 * @param size     font size in points, as drawn
 * @param url      the address of a link drawn over the word, or null
 */
record Word(String text, double x0, double x1, double baseline, double size, boolean bold, String url) {

    Word withUrl(String address) {
        return new Word(text, x0, x1, baseline, size, bold, address);
    }

    double top() {
        return baseline - size;
    }

    double centreX() {
        return (x0 + x1) / 2;
    }
}
