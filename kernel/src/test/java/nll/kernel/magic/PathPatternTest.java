package nll.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathPatternTest {

    @TempDir
    Path base;

    @BeforeEach
    void files() throws IOException {
        for (String file :
                List.of("lib/a.jar", "lib/b.jar", "lib/notes.txt", "lib/deep/c.jar", "other/d.jar", "top.jar")) {
            Path path = base.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, file);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "top.jar|top.jar",
                "lib/a.jar|lib/a.jar",
                "lib/*.jar|lib/a.jar,lib/b.jar",
                "lib/?.jar|lib/a.jar,lib/b.jar",
                "lib/**.jar|lib/a.jar,lib/b.jar,lib/deep/c.jar",
                "*/*.jar|lib/a.jar,lib/b.jar,other/d.jar",
                "lib/{a,notes}.*|lib/a.jar,lib/notes.txt",
                "lib/../top.jar|top.jar",
                "lib|lib",
                "lib/*.zip|''",
                "missing/*.jar|''",
                "missing.jar|''"
            })
    void resolvesAgainstTheBaseDirectory(String pattern, String expected) {
        List<String> found = new PathPattern(pattern)
                .resolve(base).stream()
                        .map(p -> base.relativize(p).toString().replace('\\', '/'))
                        .collect(Collectors.toList());
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), found);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"lib/*.jar", "lib/a.jar"})
    void anAbsolutePatternIgnoresTheBase(String relative) {
        String absolute = base.toAbsolutePath().toString().replace('\\', '/') + "/" + relative;
        assertEquals(new PathPattern(relative).resolve(base), new PathPattern(absolute).resolve(Path.of("/nowhere")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"''", "'  '"})
    void aBlankPatternIsRejected(String pattern) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new PathPattern(pattern));
        assertEquals("path pattern '" + pattern + "' is blank", error.getMessage());
    }
}
