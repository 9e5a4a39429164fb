package fr.liseuse.ui.tui;

import com.googlecode.lanterna.TerminalPosition;
import fr.liseuse.ui.Action;

/** One screen of the reader between its title row and its two bottom rows. */
interface View {

    /** The title row: where the user is (breadcrumb). */
    String title();

    /** Lays the view out for a body of WIDTH × HEIGHT cells; called before the first draw and on resize. */
    void layout(int width, int height);

    /** Draws the body from row TOP of the frame. */
    void draw(Frame frame, int top);

    /** The focused item, relative to the body; the hardware cursor goes there. */
    TerminalPosition cursor();

    /** A line announcing the focused item or the last change, or an empty string. */
    String status();

    Outcome act(Action action);
}
