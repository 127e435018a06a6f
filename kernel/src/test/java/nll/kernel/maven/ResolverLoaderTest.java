package nll.kernel.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Maven Resolver through the kernel's loader, against repositories the test writes; no network. */
class ResolverLoaderTest {

    private static final Map<String, String> GREETER = Map.of(
            "demo/Greeter.java",
            "package demo; public class Greeter { public static String hello() { return \"hello\"; } }");
    private static final Map<String, String> WORDS = Map.of(
            "words/Words.java", "package words; public class Words { public static final String HELLO = \"hello\"; }");

    @TempDir
    Path work;

    private ArtifactResolver resolverWith(String settings) throws Exception {
        Path home = work.resolve("home");
        Files.createDirectories(home.resolve(".m2"));
        Files.writeString(home.resolve(".m2/settings.xml"), settings);
        return ResolverLoader.load(new ResolverConfiguration(home, Optional.empty(), Optional.empty()));
    }

    @Test
    void anArtifactAndItsDependencyComeFromTheLocalRepositoryOffline() throws Exception {
        Path local = work.resolve("local");
        TestRepository.add(local, "demo", "greeter", "1.0", GREETER, true, "demo:words:1.0");
        TestRepository.add(local, "demo", "words", "1.0", WORDS, true);
        List<Path> jars =
                resolverWith(TestRepository.settings(local, true, null)).resolve(List.of("demo:greeter:1.0"));
        assertEquals(
                List.of(
                        local.resolve("demo/greeter/1.0/greeter-1.0.jar"),
                        local.resolve("demo/words/1.0/words-1.0.jar")),
                jars);
    }

    @Test
    void aMirrorFromSettingsIsWhereArtifactsAreDownloadedFrom() throws Exception {
        Path remote = work.resolve("remote");
        TestRepository.add(remote, "demo", "greeter", "1.0", GREETER, false, "demo:words:1.0");
        TestRepository.add(remote, "demo", "words", "1.0", WORDS, false);
        Path local = work.resolve("local");
        List<Path> jars = resolverWith(
                        TestRepository.settings(local, false, remote.toUri().toString()))
                .resolve(List.of("demo:greeter:1.0"));
        assertEquals(
                List.of(
                        local.resolve("demo/greeter/1.0/greeter-1.0.jar"),
                        local.resolve("demo/words/1.0/words-1.0.jar")),
                jars);
        assertEquals(Files.size(remote.resolve("demo/words/1.0/words-1.0.jar")), Files.size(jars.get(1)));
    }

    @Test
    void aMissingArtifactIsAnErrorNamingItAndWhereTheResolverLooked() throws Exception {
        Path remote = Files.createDirectories(work.resolve("empty-remote"));
        Path local = work.resolve("local");
        ArtifactResolver resolver = resolverWith(
                TestRepository.settings(local, false, remote.toUri().toString()));
        IllegalArgumentException missing =
                assertThrows(IllegalArgumentException.class, () -> resolver.resolve(List.of("demo:missing:2.0")));
        String message = missing.getMessage();
        assertTrue(
                message.startsWith("%maven: cannot resolve demo:missing:2.0; looked in the local repository " + local
                        + " and test-mirror " + remote.toUri() + " (mirror of central)"),
                message);
        IllegalArgumentException offline = assertThrows(
                IllegalArgumentException.class,
                () -> resolverWith(TestRepository.settings(local, true, null)).resolve(List.of("demo:missing:2.0")));
        assertTrue(
                offline.getMessage().contains("looked in the local repository " + local + " only (offline"),
                offline.getMessage());
    }

    @Test
    void aMalformedCoordinateIsNamed() throws Exception {
        ArtifactResolver resolver = resolverWith(TestRepository.settings(work.resolve("local"), true, null));
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> resolver.resolve(List.of("just-a-name")));
        assertEquals(
                "%maven: 'just-a-name' is not groupId:artifactId[:extension[:classifier]]:version", error.getMessage());
    }
}
