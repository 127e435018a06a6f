package nll.kernel.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nll.kernel.TestJars;

/** Writes Maven repositories at test time: a jar and a pom for each artifact, in Maven's default layout. */
public final class TestRepository {

    private TestRepository() {}

    /**
     * Adds {@code group:artifact:version} to the repository at {@code root}: a jar of {@code sources} and a pom
     * listing {@code dependencies} ("group:artifact:version" each, compile scope).
     *
     * @param installed whether to mark it as {@code mvn install} does (a {@code _remote.repositories} entry with
     *                  no repository), so that Maven Resolver takes it from a local repository without asking any
     *                  remote one
     */
    public static void add(
            Path root,
            String group,
            String artifact,
            String version,
            Map<String, String> sources,
            boolean installed,
            String... dependencies)
            throws IOException {
        Path dir = root.resolve(group.replace('.', '/')).resolve(artifact).resolve(version);
        String base = artifact + "-" + version;
        TestJars.jar(dir.resolve(base + ".jar"), sources, Map.of());
        StringBuilder deps = new StringBuilder();
        for (String dependency : dependencies) {
            String[] parts = dependency.split(":", -1);
            deps.append("    <dependency><groupId>")
                    .append(parts[0])
                    .append("</groupId><artifactId>")
                    .append(parts[1])
                    .append("</artifactId><version>")
                    .append(parts[2])
                    .append("</version></dependency>\n");
        }
        Files.writeString(
                dir.resolve(base + ".pom"),
                String.join(
                        "\n",
                        "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">",
                        "  <modelVersion>4.0.0</modelVersion>",
                        "  <groupId>" + group + "</groupId>",
                        "  <artifactId>" + artifact + "</artifactId>",
                        "  <version>" + version + "</version>",
                        "  <dependencies>",
                        deps + "  </dependencies>",
                        "</project>",
                        ""));
        if (installed) {
            Files.writeString(dir.resolve("_remote.repositories"), base + ".jar>=\n" + base + ".pom>=\n");
        }
    }

    /** A settings.xml with the given local repository, offline flag and, if not null, a mirror of everything. */
    public static String settings(Path localRepository, boolean offline, String mirrorUrl) {
        String mirror = mirrorUrl == null
                ? ""
                : "  <mirrors><mirror><id>test-mirror</id><mirrorOf>*</mirrorOf><url>" + mirrorUrl
                        + "</url></mirror></mirrors>\n";
        return "<settings>\n  <localRepository>" + localRepository + "</localRepository>\n  <offline>" + offline
                + "</offline>\n" + mirror + "</settings>\n";
    }
}
