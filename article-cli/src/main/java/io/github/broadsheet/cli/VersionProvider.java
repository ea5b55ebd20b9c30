package io.github.broadsheet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The text of {@code --version}: {@code broadsheet 0.1.0} and the Java runtime it runs on. The
 * version is the jar manifest's {@code Implementation-Version}; when the classes do not come from
 * a jar (tests, an IDE) it is read from {@code version.properties}, which the build fills in.
 */
final class VersionProvider implements IVersionProvider {

    /** What {@link #version()} gives when neither the manifest nor the resource names a version. */
    static final String UNKNOWN = "(unknown version)";

    @Override
    public String[] getVersion() {
        return new String[] {
            "broadsheet " + version(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"
        };
    }

    /** {@return the version of this build, such as {@code 0.1.0-SNAPSHOT}} */
    static String version() {
        String fromManifest = VersionProvider.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            return fromManifest;
        }
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                // An unfiltered "${project.version}" means the build did not fill it in.
                if (!version.isBlank() && !version.contains("${")) {
                    return version.strip();
                }
            }
        } catch (IOException e) {
            // Fall through: a version line is not worth failing --version over.
        }
        return UNKNOWN;
    }
}
