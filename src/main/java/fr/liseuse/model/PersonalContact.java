package fr.liseuse.model;

/**
 * A contact the user added to their own emergency list (a trusted person, a social worker), from
 * {@code contacts.json} in their config folder.
 *
 * @param number  digits only for a French number, {@code +} and digits for a foreign one
 * @param display the number as people read it
 * @param note    what the user wrote about it, or null
 */
public record PersonalContact(String name, String number, String display, String note) { }
