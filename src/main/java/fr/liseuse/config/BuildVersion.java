package fr.liseuse.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven wrote into {@code fr/liseuse/version.properties} at build time ("dev" when unbuilt). */
public final class BuildVersion {

    private BuildVersion() { }

    public static String get() {
        Properties p = new Properties();
        try (InputStream in = BuildVersion.class.getResourceAsStream("/fr/liseuse/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            return "dev";
        }
        String v = p.getProperty("version", "dev");
        return v.isBlank() || v.contains("${") ? "dev" : v.strip();
    }
}
