package fr.liseuse.extract;

import fr.liseuse.model.PagePart;

/** Told of each part of a page that failed; the page still came out, without that part. */
@FunctionalInterface
public interface PartFaults {

    PartFaults IGNORED = (source, part, fault) -> { };

    /**
     * @param source the SOURCE as the user gave it
     * @param part   the part that failed ({@link PagePart#ARTICLE}: the whole body text stood in)
     */
    void failed(String source, PagePart part, RuntimeException fault);
}
