package fr.liseuse.store;

/** An entry file that cannot be trusted: wrong version, truncated, or its digest does not match. */
final class DamagedEntryException extends Exception {

    DamagedEntryException(String detail) {
        super(detail);
    }
}
