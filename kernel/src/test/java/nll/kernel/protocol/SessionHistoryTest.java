package nll.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionHistoryTest {

    private SessionHistory history;

    @BeforeEach
    void fiveCells() {
        history = new SessionHistory();
        history.add(1, "int a = 1;", null);
        history.add(2, "a + 1", "2");
        history.add(3, "a * 7", "7");
        history.add(4, "a + 1", "2");
        history.add(5, "System.out.println(a);", null);
    }

    private static List<Integer> lines(List<SessionHistory.Entry> entries) {
        return entries.stream().map(SessionHistory.Entry::line).toList();
    }

    @Test
    void tailGivesTheLastCellsOldestFirst() {
        assertEquals(List.of(4, 5), lines(history.tail(2)));
        assertEquals(List.of(1, 2, 3, 4, 5), lines(history.tail(10)));
    }

    @Test
    void rangeGivesTheLinesFromStartUpToStop() {
        assertEquals(List.of(2, 3), lines(history.range(SessionHistory.SESSION, 2, 4)));
        // Session 0 is the current one too; a stop of 0 runs to the last line; another session has nothing.
        assertEquals(List.of(4, 5), lines(history.range(0, 4, 0)));
        assertEquals(List.of(), lines(history.range(7, 1, 5)));
    }

    @Test
    void searchMatchesAGlobOverTheWholeInput() {
        assertEquals(List.of(2, 3, 4), lines(history.search("a ? ?", 0, false)));
        assertEquals(List.of(2, 4), lines(history.search("a + *", 0, false)));
        // Not a substring match: the glob must cover the whole input.
        assertEquals(List.of(), lines(history.search("a +", 0, false)));
        assertEquals(List.of(3, 4), lines(history.search("a ? ?", 2, false)));
    }

    @Test
    void uniqueKeepsEachInputOnceAtItsLatest() {
        assertEquals(List.of(3, 4), lines(history.search("a ? ?", 0, true)));
    }

    @Test
    void theReplyHasStatusAndEntriesWithOrWithoutOutput() {
        assertEquals(
                "{\"status\":\"ok\",\"history\":[[1,4,\"a + 1\"],[1,5,\"System.out.println(a);\"]]}",
                history.reply(new HistoryRequest.Tail(false, true, 2)).toString());
        assertEquals(
                "{\"status\":\"ok\",\"history\":[[1,4,[\"a + 1\",\"2\"]],[1,5,[\"System.out.println(a);\",null]]]}",
                history.reply(new HistoryRequest.Tail(true, true, 2)).toString());
    }
}
