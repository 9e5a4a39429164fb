package fr.liseuse.source;

import java.util.Optional;

/**
 * The seam for library ids (the offline library is another package's work): given a SOURCE that is
 * neither a URL, "-", demo: nor an existing file, returns the stored page, or empty when no entry has
 * that id.
 */
@FunctionalInterface
public interface LibraryLookup {

    LibraryLookup NONE = id -> Optional.empty();

    Optional<Fetched> find(String id) throws SourceException;
}
