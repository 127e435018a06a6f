package nll.packaging;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shaded library jar keeps every {@code ServiceLoader} provider of the jars shaded into it: SLF4J finds its
 * provider, the exercises' JUnit launcher its engine and the exercise framework each notebook's exercises through
 * {@code META-INF/services}, and two jars that ship the same services file must have their lines merged, not one file
 * kept. Runs after {@code package}, against the jar the notebooks load, the library's own jar and the runtime class
 * path the shade plugin read ({@code lib/pom.xml}).
 */
class ShadedJarServicesIT {

    private static final String SERVICES = "META-INF/services/";

    private static final Path SHADED = Path.of(System.getProperty("nll.lib.jar", "target/nll-notebooks-lib.jar"));
    private static final Path DEPENDENCIES =
            Path.of(System.getProperty("nll.lib.dependencies", "target/shaded-dependencies.txt"));
    /** The library's own jar, whose services file lists the notebooks' exercise sets. */
    private static final Path UNSHADED =
            Path.of(System.getProperty("nll.lib.unshaded", "target/nll-notebooks-lib-0.1.0.jar"));

    @TestFactory
    Stream<DynamicTest> everyProviderOfEveryShadedJarIsInTheShadedJar() throws IOException {
        assertTrue(Files.isRegularFile(SHADED), SHADED.toAbsolutePath() + " is missing: run mvn verify");
        Map<String, Map<String, Set<String>>> providersByService = new TreeMap<>();
        List<Path> jars = new ArrayList<>(List.of(UNSHADED));
        for (String jar :
                Files.readString(DEPENDENCIES, StandardCharsets.UTF_8).strip().split(java.io.File.pathSeparator, -1)) {
            jars.add(Path.of(jar));
        }
        for (Path path : jars) {
            for (Map.Entry<String, Set<String>> service : services(path).entrySet()) {
                providersByService
                        .computeIfAbsent(service.getKey(), key -> new TreeMap<>())
                        .put(path.getFileName().toString(), service.getValue());
            }
        }
        // The library loads SLF4J's provider, JUnit's engine and its exercise sets this way; a class path without
        // them tests nothing.
        assertTrue(providersByService.containsKey("nll.exercise.ExerciseSet"), providersByService.toString());
        assertTrue(providersByService.containsKey("org.slf4j.spi.SLF4JServiceProvider"), providersByService.toString());
        assertTrue(
                providersByService.containsKey("org.junit.platform.engine.TestEngine"), providersByService.toString());
        Map<String, Set<String>> shaded = services(SHADED);
        return providersByService.entrySet().stream()
                .map(service -> dynamicTest(service.getKey(), () -> {
                    Set<String> inShadedJar = shaded.getOrDefault(service.getKey(), Set.of());
                    for (Map.Entry<String, Set<String>> jar : service.getValue().entrySet()) {
                        List<String> missing = new ArrayList<>(jar.getValue());
                        missing.removeAll(inShadedJar);
                        assertTrue(
                                missing.isEmpty(),
                                SHADED.getFileName() + " " + SERVICES + service.getKey() + " lacks " + missing + " of "
                                        + jar.getKey() + "; it holds " + inShadedJar);
                    }
                }));
    }

    /** The provider class names of each services file in {@code jar}, without comments and blank lines. */
    private static Map<String, Set<String>> services(Path jar) throws IOException {
        Map<String, Set<String>> services = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (ZipEntry entry : file.stream().toList()) {
                String name = entry.getName();
                if (name.startsWith(SERVICES) && !entry.isDirectory() && name.length() > SERVICES.length()) {
                    Set<String> providers = new LinkedHashSet<>();
                    try (InputStream in = file.getInputStream(entry)) {
                        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                                .lines()
                                .toList()) {
                            String provider = line.replaceFirst("#.*", "").strip();
                            if (!provider.isEmpty()) {
                                providers.add(provider);
                            }
                        }
                    }
                    if (!providers.isEmpty()) {
                        services.put(name.substring(SERVICES.length()), providers);
                    }
                }
            }
        }
        return services;
    }
}
