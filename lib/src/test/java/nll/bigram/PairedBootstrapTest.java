package nll.bigram;

import static nll.validation.Rejection.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PairedBootstrapTest {

    private static final Names NAMES = Names.of("anna", "bob", "ava", "zoe", "kai", "emma", "liam", "noah", "mia");
    private static final BigramCounts COUNTS = BigramCounts.of(BigramDataset.of(NAMES));

    @Test
    void theValueIsTheAverageNllOfTheNames() {
        PairedBootstrap bootstrap = PairedBootstrap.of(NAMES, 200, 1);
        CountModel model = CountModel.of(COUNTS, 1);
        assertEquals(
                model.averageNll(BigramDataset.of(NAMES)),
                bootstrap.averageNll(model).value(),
                1e-14);
        assertEquals(200, bootstrap.replicates());
    }

    @Test
    void aModelAgainstItselfDiffersByExactlyZero() {
        PairedBootstrap bootstrap = PairedBootstrap.of(NAMES, 100, 1);
        CountModel model = CountModel.of(COUNTS, 0.5);
        PairedBootstrap.Estimate same = bootstrap.difference(model, model);
        assertEquals(0, same.value());
        assertEquals(0, same.standardError());
        assertTrue(bootstrap.averageNll(model).standardError() > 0);
    }

    @Test
    void oneRepeatedNameHasNoSpread() {
        Names same = Names.of("ava", "ava", "ava");
        PairedBootstrap.Estimate e = PairedBootstrap.of(same, 50, 3).averageNll(CountModel.of(COUNTS, 1));
        assertEquals(0, e.standardError(), 1e-15);
    }

    @Test
    void theStandardErrorOfTwoNamesIsTheBinomialOneInTheLimit() {
        // Names "ab" and "ba" have 3 predictions each, so a replicate's NLL is the mean of its draws' values
        // x and y: with n = 2 draws its standard deviation is |x - y| / 2 / sqrt(2).
        Names two = Names.of("ab", "ba");
        BigramModel model = NeuralModel.zeros();
        CountModel other = CountModel.of(COUNTS, 1);
        double x = other.averageNll(BigramDataset.of(Names.of("ab")));
        double y = other.averageNll(BigramDataset.of(Names.of("ba")));
        PairedBootstrap bootstrap = PairedBootstrap.of(two, 200_000, 5);
        assertEquals(
                Math.abs(x - y) / 2 / Math.sqrt(2), bootstrap.averageNll(other).standardError(), 2e-3);
        assertEquals(0, bootstrap.averageNll(model).standardError(), 1e-11);
    }

    @Test
    void badInput() {
        assertMessage("replicates = 1", () -> PairedBootstrap.of(NAMES, 1, 1));
        assertMessage("names = null", () -> PairedBootstrap.of(null, 10, 1));
        assertMessage("model = null", () -> PairedBootstrap.of(NAMES, 10, 1).averageNll(null));
        assertMessage("first = null", () -> PairedBootstrap.of(NAMES, 10, 1).difference(null, null));
    }
}
