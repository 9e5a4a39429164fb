package fr.liseuse.render;

import fr.liseuse.model.Page;
import java.io.IOException;

/** Writes a page in one output format into the writer it is given. */
public interface Renderer {
    void render(Page page, Appendable out) throws IOException;
}
