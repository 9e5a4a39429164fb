package fr.liseuse.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The emergency list, in the one order every place shows it (full-screen panel, line mode, the
 * {@code contacts} command): (1) the numbers that send help now, (2) the user's own contacts, (3)
 * the page's own numbers, (4) the national listening and help lines. A person in danger learns
 * one order; it is decided here only.
 *
 * @param emergency       17, 112, 114 (then 15, 18…): directory entries that dispatch help
 * @param personal        the user's contacts, as they wrote them
 * @param personalProblem one line saying why some or all of the user's contacts are missing, or null
 * @param page            the page's numbers and addresses not already in the directory; null when no page is open
 * @param national        3919 first, then the other listening and help lines
 */
public record EmergencyList(List<EmergencyEntry> emergency, List<PersonalContact> personal, String personalProblem,
        List<Contact> page, List<EmergencyEntry> national) {

    public EmergencyList {
        emergency = List.copyOf(emergency);
        personal = List.copyOf(personal);
        page = page == null ? null : List.copyOf(page);
        national = List.copyOf(national);
    }

    /**
     * @param directory   the national directory, emergency numbers first, in the order to show
     * @param pageContacts the open page's contacts, or null when no page is open; a number the
     *                     directory already lists is left out (it is shown with its facts there)
     */
    public static EmergencyList of(List<EmergencyEntry> directory, List<PersonalContact> personal,
            String personalProblem, List<Contact> pageContacts) {
        List<EmergencyEntry> emergency = new ArrayList<>();
        List<EmergencyEntry> national = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (EmergencyEntry entry : directory) {
            (entry.emergency() ? emergency : national).add(entry);
            listed.add(entry.number());
        }
        List<Contact> page = null;
        if (pageContacts != null) {
            page = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Contact contact : pageContacts) {
                String key = contact instanceof Contact.Phone phone ? phone.number() : ((Contact.Email) contact).address();
                if (contact instanceof Contact.Phone && listed.contains(key)) continue;
                if (seen.add(key)) page.add(contact);
            }
        }
        return new EmergencyList(emergency, personal, personalProblem, page, national);
    }
}
