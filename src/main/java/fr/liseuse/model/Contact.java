package fr.liseuse.model;

/** A phone number or an e-mail address found in the main content, with the words around it. */
public sealed interface Contact {

    String label();

    /**
     * @param number        digits only, e.g. {@code 0353014217} or {@code 3919}
     * @param display       the usual French grouping, e.g. {@code 03 53 01 42 17}
     * @param international E.164 form for full numbers, e.g. {@code +33353014217}; null for short numbers
     * @param tel           a {@code tel:} URI
     */
    record Phone(String number, String display, String international, String label, String tel)
            implements Contact { }

    record Email(String address, String label) implements Contact { }
}
