package nll.exercise.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nll.exercise.ExerciseSet;
import org.junit.jupiter.api.Test;

/**
 * The framework finds a notebook's exercises only through {@code META-INF/services/nll.exercise.ExerciseSet}, so a
 * content class missing from that file would make its notebook's checks fail with "not an exercise".
 */
class ExerciseSetRegistrationTest {

    private static final Pattern NOTEBOOK_CLASS = Pattern.compile("Notebook(\\d\\d)\\.class");

    /** The NotebookNN classes compiled into this package, by name. */
    private static List<String> compiledNotebookClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(Notebook01.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (Stream<Path> files = Files.list(classes.resolve("nll/exercise/content"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> NOTEBOOK_CLASS.matcher(name).matches())
                    .map(name -> "nll.exercise.content." + name.substring(0, name.length() - ".class".length()))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyNotebookClassIsRegistered() throws IOException, URISyntaxException {
        List<String> registered;
        try (InputStream in = ExerciseSet.class
                .getClassLoader()
                .getResourceAsStream("META-INF/services/" + ExerciseSet.class.getName())) {
            registered = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .sorted()
                    .toList();
        }
        List<String> compiled = compiledNotebookClasses();
        assertFalse(compiled.isEmpty(), "no NotebookNN class found");
        assertEquals(compiled, registered);
    }

    @Test
    void eachSetIsForTheNotebookItsClassNames() {
        List<ServiceLoader.Provider<ExerciseSet>> providers =
                ServiceLoader.load(ExerciseSet.class).stream().toList();
        assertFalse(providers.isEmpty(), "no exercise set found");
        for (ServiceLoader.Provider<ExerciseSet> provider : providers) {
            Matcher number = NOTEBOOK_CLASS.matcher(provider.type().getSimpleName() + ".class");
            assertTrue(number.matches(), provider.type().getName());
            assertEquals(
                    number.group(1), provider.get().notebook(), provider.type().getName());
        }
    }
}
