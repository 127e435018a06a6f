package nll.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javaformat.java.Formatter;
import com.palantir.javaformat.java.FormatterException;
import com.palantir.javaformat.java.JavaFormatterOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A solution is found by its {@code @Solution} marker, so the text {@code Exercise.solution} prints is the same after
 * palantir-java-format, the project's formatter, has rewritten the source file.
 */
class SolutionSourceTest {

    private static final Formatter PALANTIR = Formatter.createFormatter(JavaFormatterOptions.builder()
            .style(JavaFormatterOptions.Style.PALANTIR)
            .build());

    static Stream<Class<?>> sourceClasses() {
        return Catalogue.all().stream().<Class<?>>map(Definition::source).distinct();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sourceClasses")
    void everySolutionReadsTheSameFromTheFormattedSource(Class<?> source) throws IOException, FormatterException {
        Path file = Path.of("src/main/java", source.getName().replace('.', '/') + ".java");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String formatted = PALANTIR.formatSource(text);
        List<Definition<?, ?>> exercises =
                Catalogue.all().stream().filter(e -> e.source() == source).toList();
        for (Definition<?, ?> exercise : exercises) {
            String printed = SolutionSource.of(exercise);
            assertEquals(printed, SolutionSource.of(text, exercise.id(), file.toString()), "the jar's copy of " + file);
            assertEquals(
                    printed,
                    SolutionSource.of(formatted, exercise.id(), file.toString()),
                    exercise.id() + " after palantir-java-format");
        }
    }

    /** A class laid out as no formatter would: two-space indentation, the marker on the method's line. */
    private static final String UNFORMATTED = """
            package example;

            class Example {
              @Solution("01.1") static String braces(String s) { // a } in a comment
                /* and { in a block comment */
                char open = '{';
                if (s.isEmpty()) { return "}\\"}"; }
                return s + open;
              }

              static int after() { return 1; }
            }
            """;

    @Test
    void theSolutionEndsAtItsOwnClosingBraceWhateverTheLayout() throws FormatterException {
        String formatted = PALANTIR.formatSource(UNFORMATTED);
        assertEquals("""
                String braces(String s) { // a } in a comment
                    /* and { in a block comment */
                    char open = '{';
                    if (s.isEmpty()) {
                        return "}\\"}";
                    }
                    return s + open;
                }
                """, SolutionSource.of(formatted, "01.1", "Example.java"), formatted);
        assertEquals("""
                String braces(String s) { // a } in a comment
                  /* and { in a block comment */
                  char open = '{';
                  if (s.isEmpty()) { return "}\\"}"; }
                  return s + open;
                }
                """, SolutionSource.of(UNFORMATTED, "01.1", "Example.java"));
    }

    @Test
    void aMissingMarkerIsAnErrorNamingTheIdAndTheFile() {
        IllegalStateException missing =
                assertThrows(IllegalStateException.class, () -> SolutionSource.of(UNFORMATTED, "01.2", "Example.java"));
        assertTrue(
                missing.getMessage().equals("no method marked @Solution(\"01.2\") in Example.java"),
                missing.getMessage());
    }
}
