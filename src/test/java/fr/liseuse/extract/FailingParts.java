package fr.liseuse.extract;

import fr.liseuse.model.PagePart;

/** An extractor whose one named part throws, as a bug in that part would, on every page. */
public final class FailingParts {

    private FailingParts() { }

    /** The standard parts, with {@code failing} replaced by one that throws the fault it is given. */
    public static Extractor extractor(PagePart failing, RuntimeException fault, PartFaults faults) {
        PageParts standard = new Extractor(faults).parts();
        return new Extractor(new PageParts(
                failing == PagePart.METADATA ? in -> { throw fault; } : standard.metadata(),
                failing == PagePart.ARTICLE ? (in, title) -> { throw fault; } : standard.article(),
                failing == PagePart.MENU ? in -> { throw fault; } : standard.menu(),
                failing == PagePart.RESULTS ? in -> { throw fault; } : standard.results(),
                failing == PagePart.CONTACTS ? (blocks, links) -> { throw fault; } : standard.contacts(),
                faults));
    }
}
