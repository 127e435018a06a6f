package nll.notebooks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every number the committed notebooks' prose states is backed by the same notebook's code or outputs, so prose
 * cannot go stale when the code changes: one test per notebook, naming each cell and number that is not.
 */
class ProseNumbersTest {

    @TestFactory
    Stream<DynamicTest> everyNumberInTheProseComesFromTheNotebook() {
        List<Path> notebooks = new NotebookDirectory(NotebooksEndToEndTest.NOTEBOOKS).notebooks();
        assertFalse(notebooks.isEmpty(), "no notebooks in " + NotebooksEndToEndTest.NOTEBOOKS.toAbsolutePath());
        return notebooks.stream()
                .map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
                    NotebookFile notebook = NotebookFile.read(path);
                    List<ProseNumbers.Unbacked> unbacked = ProseNumbers.unbacked(notebook);
                    if (!unbacked.isEmpty()) {
                        fail(path.getFileName() + ": " + unbacked.size()
                                + " number(s) in the prose appear in no code or"
                                + " output of the notebook:\n"
                                + unbacked.stream()
                                        .map(u -> "  cell " + (u.cell() + 1) + ": " + u.number() + " in \"..."
                                                + u.context() + "...\"")
                                        .collect(Collectors.joining("\n")));
                    }
                }));
    }

    @ParameterizedTest(name = "\"{0}\" is backed by {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2.4544       | 2.454383   | true",
                "2.4544       | 2.454483   | false",
                "11.6         | 11.63      | true",
                "11.6         | 11.66      | false",
                "229,804      | 229804     | true",
                "229,804      | 229805     | false",
                "8e-5         | 7.9E-5     | true",
                "8e-5         | 8.6E-5     | false",
                "68.27%       | 0.682689   | true",
                "68.27        | 0.682689   | false",
                "0.0064       | -0.00638   | true",
                "3.7          | 3.72       | true",
                "$10^{-7}$    | 7.00297E-7 | true",
                "$10^{-7}$    | 1.2E-6     | false",
            })
    void aStatedNumberIsBackedByWhatRoundsToIt(String prose, String candidate, boolean backed) {
        List<ProseNumbers.Stated> stated = ProseNumbers.stated(prose);
        assertEquals(1, stated.size(), prose);
        assertEquals(backed, stated.get(0).backedBy(new BigDecimal(candidate)), prose + " against " + candidate);
    }

    @ParameterizedTest(name = "\"{0}\" states {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "the [post](https://example.org/posts/2024/11) of 2025-01-19 | ''",
                "a density of 0.0776 and <img width=\"800\">                  | 0.0776",
                "about 3.7x more likely; e^2.4544 = 11.6                       | 3.7 2.4544 11.6",
                "float32 and log2 are names, W[0] an index                     | 0",
                "the draw `np.random.seed(42)` gave 5 points                    | 5",
                "the 68-95-99.7 rule holds for 64-bit doubles                   | ''",
                "32,033 names and 1e-9                                         | 32033 1E-9",
                "$229{,}804 \\times 27$ and $7.00297 \\times 10^{-7}$ to $10^{-12}$ | 229804 27 7.00297E-7 1E-12",
                "order $10^{-7}$                                               | 1E-7",
                "$L = 10^{-265.3}$ at 1000 flips                               | 265.3 1E+3",
            })
    void proseIsReadForNumbersOnly(String markdown, String expected) {
        String numbers = ProseNumbers.stated(markdown).stream()
                .map(n -> n.value().stripTrailingZeros().toString())
                .collect(Collectors.joining(" "));
        assertEquals(expected.strip(), numbers);
    }

    @ParameterizedTest(name = "{0} needs backing: {1}")
    @CsvSource({
        "7, false",
        "10, false",
        "27, false",
        "1000, false",
        "0.01, false",
        "11, true",
        "0.5, true",
        "50, true",
        "0.02, true"
    })
    void smallIntegersAndStructuralConstantsNeedNoBacking(String number, boolean needs) {
        assertEquals(needs, ProseNumbers.stated(number).get(0).needsBacking(), number);
    }

    @Test
    void aStaleNumberInAFixtureIsNamedWithItsCell() {
        NotebookFile stale = NotebookFile.read(Path.of("src/test/resources/fixtures/stale-prose.ipynb"));
        List<ProseNumbers.Unbacked> unbacked = ProseNumbers.unbacked(stale);
        assertEquals(
                List.of("41.5"),
                unbacked.stream().map(ProseNumbers.Unbacked::number).toList());
        assertEquals(2, unbacked.get(0).cell());
    }
}
