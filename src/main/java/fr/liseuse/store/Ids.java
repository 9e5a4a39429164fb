package fr.liseuse.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Library ids: the first hex digits of the SHA-256 of the page's key (its address, or its content
 * when it has none). Eight digits are short enough to type; the same page always gets the same id,
 * and in the rare case two pages share the first eight digits the later one takes more.
 */
final class Ids {

    static final int SHORT = 8;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{" + SHORT + ",64}");

    private Ids() { }

    /** The ids the key may take, shortest first. */
    static List<String> candidates(String key) {
        String hex = sha256(key.getBytes(StandardCharsets.UTF_8));
        List<String> ids = new ArrayList<>();
        for (int length = SHORT; length <= hex.length(); length += 4) ids.add(hex.substring(0, length));
        return ids;
    }

    static boolean looksLikeId(String text) {
        return text != null && ID.matcher(text).matches();
    }

    static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) digest.update(part);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
