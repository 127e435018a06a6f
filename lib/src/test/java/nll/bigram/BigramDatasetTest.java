package nll.bigram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BigramDatasetTest {

    @Test
    void theCommittedNamesGive229804Examples() {
        // The check figure of the dataset, and the PyTorch reference's xs.nelement().
        assertEquals(229_804, Fixtures.dataset().size());
        assertEquals((long) Fixtures.torchNumber("examples"), Fixtures.dataset().size());
    }

    @Test
    void emmaBecomesFivePairsWithBoundaries() {
        // By hand: .e em mm ma a. with '.' = 0, e = 5, m = 13, a = 1.
        BigramDataset dataset = BigramDataset.of(Names.of("emma"));
        assertArrayEquals(new int[] {0, 5, 13, 13, 1}, dataset.xs());
        assertArrayEquals(new int[] {5, 13, 13, 1, 0}, dataset.ys());
    }

    @Test
    void namesFollowEachOtherInOrder() {
        // By hand: ".a", "a." then ".b", "b.".
        BigramDataset dataset = BigramDataset.of(Names.of("a", "b"));
        assertArrayEquals(new int[] {0, 1, 0, 2}, dataset.xs());
        assertArrayEquals(new int[] {1, 0, 2, 0}, dataset.ys());
        assertEquals(2, dataset.x(3));
        assertEquals(0, dataset.y(3));
    }

    @Test
    void arraysAreCopies() {
        BigramDataset dataset = BigramDataset.of(Names.of("ab"));
        dataset.xs()[0] = 7;
        assertEquals(0, dataset.x(0));
    }

    @Test
    void rejectsBadIndexArrays() {
        assertEquals(
                "xs.length = 2 and ys.length = 1 must be equal and positive",
                assertThrows(IllegalArgumentException.class, () -> BigramDataset.of(new int[] {0, 1}, new int[] {1}))
                        .getMessage());
        assertEquals(
                "ys[1] = 27 must be in [0, 26]",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> BigramDataset.of(new int[] {0, 1}, new int[] {1, 27}))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> BigramDataset.of(new int[0], new int[0]));
        assertThrows(IllegalArgumentException.class, () -> BigramDataset.of(null, new int[] {1}));
        assertThrows(IllegalArgumentException.class, () -> BigramDataset.of((Names) null));
        assertThrows(
                IllegalArgumentException.class,
                () -> BigramDataset.of(Names.of("ab")).x(3));
    }
}
