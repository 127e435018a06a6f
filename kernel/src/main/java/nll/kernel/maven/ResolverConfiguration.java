package nll.kernel.maven;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where Maven's configuration is, as the {@code mvn} command finds it: the user's {@code ~/.m2/settings.xml}, the
 * installation's {@code conf/settings.xml} (if {@code maven.home} is set), and a local repository given with
 * {@code -Dmaven.repo.local}, which wins over the settings' {@code <localRepository>}.
 */
public record ResolverConfiguration(
        Path userHome, Optional<Path> globalSettings, Optional<Path> localRepositoryOverride) {

    /** The configuration of this JVM's user and system properties. */
    public static ResolverConfiguration ofSystem() {
        return new ResolverConfiguration(
                Path.of(System.getProperty("user.home")),
                Optional.ofNullable(System.getProperty("maven.home"))
                        .map(home -> Path.of(home, "conf", "settings.xml")),
                Optional.ofNullable(System.getProperty("maven.repo.local"))
                        .filter(s -> !s.isBlank())
                        .map(Path::of));
    }

    public Path userSettings() {
        return userHome.resolve(".m2").resolve("settings.xml");
    }

    /** The local repository when neither the override nor the settings name one. */
    public Path defaultLocalRepository() {
        return userHome.resolve(".m2").resolve("repository");
    }
}
