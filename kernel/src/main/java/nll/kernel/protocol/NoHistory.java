package nll.kernel.protocol;

import java.util.List;
import java.util.Set;

import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;

/** A history that is always empty: every history request (tail, range or search) gets a valid, empty reply. */
public final class NoHistory implements HistoryManager {

    public static final NoHistory INSTANCE = new NoHistory();

    private NoHistory() {
    }

    @Override
    public List<HistoryEntry> lookupRange(int sessionOffset, int startCell, int endCell, Set<ResultFlag> flags) {
        return List.of();
    }

    @Override
    public List<HistoryEntry> lookupTail(int length, Set<ResultFlag> flags) {
        return List.of();
    }

    @Override
    public List<HistoryEntry> search(String pattern, int length, Set<ResultFlag> flags) {
        return List.of();
    }
}
