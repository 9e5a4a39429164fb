package fr.liseuse.cli;

import fr.liseuse.config.BuildVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version the build wrote (see {@link BuildVersion}). */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"liseuse " + BuildVersion.get()};
    }
}
