package fr.liseuse.model;

/**
 * One entry of the national emergency directory.
 *
 * @param emergency true only for numbers that dispatch help now (17, 15, 18, 112, 114)
 * @param hours     when it answers, in full
 * @param brief     when it answers, in a few characters for a one-line summary ({@code 24 h/24})
 * @param sms       how to reach it by text, or null
 * @param verified  ISO date on which the facts were last checked against {@code sourceUrl}
 */
public record EmergencyEntry(
        String number,
        String display,
        String name,
        String purpose,
        String hours,
        String brief,
        boolean free,
        String sms,
        boolean emergency,
        String sourceUrl,
        String verified) { }
