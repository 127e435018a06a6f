package nll.kernel.protocol;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;

/**
 * The cells this kernel session executed with {@code store_history}, as Jupyter's history requests ask for them
 * ({@code tail}, {@code range}, {@code search} with {@code unique}), so consoles and front ends can recall them.
 * Each entry is numbered by the cell's execution count; the session is {@value #SESSION} (0 asks for the current
 * session too, as in IPython). The history lives as long as the kernel: a restart starts a new one.
 */
public final class SessionHistory {

    /** The number this session's entries carry. */
    public static final int SESSION = 1;

    /** One executed cell: its execution count, its code, and the text of its result (null if it had none). */
    public record Entry(int line, String input, String output) {}

    private final List<Entry> entries = new ArrayList<>();

    /** Records an executed cell. */
    public synchronized void add(int line, String input, String output) {
        entries.add(new Entry(line, input, output));
    }

    /** The last {@code n} entries, oldest first (all of them if {@code n} is not positive). */
    public synchronized List<Entry> tail(int n) {
        return last(entries, n);
    }

    /**
     * The entries of {@code session} numbered from {@code start} up to, not including, {@code stop} (to the last if
     * {@code stop} is not positive); empty for another session.
     */
    public synchronized List<Entry> range(int session, int start, int stop) {
        if (session != SESSION && session != 0) {
            return List.of();
        }
        return entries.stream()
                .filter(e -> e.line() >= start && (stop <= 0 || e.line() < stop))
                .toList();
    }

    /**
     * The last {@code n} entries whose input matches the glob {@code pattern} whole ({@code *} any text, {@code ?}
     * one character), as IPython searches; with {@code unique}, each input once, at its latest.
     */
    public synchronized List<Entry> search(String pattern, int n, boolean unique) {
        Pattern glob = glob(pattern);
        List<Entry> found =
                entries.stream().filter(e -> glob.matcher(e.input()).matches()).toList();
        if (unique) {
            Map<String, Entry> latest = new LinkedHashMap<>();
            for (Entry entry : found) {
                latest.remove(entry.input());
                latest.put(entry.input(), entry);
            }
            found = List.copyOf(latest.values());
        }
        return last(found, n);
    }

    /** The content of the {@code history_reply} to {@code request}. */
    public JsonObject reply(HistoryRequest request) {
        List<Entry> found;
        if (request instanceof HistoryRequest.Tail tail) {
            found = tail(tail.getMaxReturnLength());
        } else if (request instanceof HistoryRequest.Range range) {
            found = range(range.getSessionIndex(), range.getStart(), range.getStop());
        } else if (request instanceof HistoryRequest.Search search) {
            found = search(
                    search.getPattern() == null ? "*" : search.getPattern(),
                    search.getMaxReturnLength(),
                    search.filterUnique());
        } else {
            found = List.of();
        }
        JsonArray history = new JsonArray();
        for (Entry entry : found) {
            JsonArray item = new JsonArray();
            item.add(SESSION);
            item.add(entry.line());
            if (request.includeOutput()) {
                JsonArray pair = new JsonArray();
                pair.add(entry.input());
                pair.add(entry.output() == null ? JsonNull.INSTANCE : new JsonPrimitive(entry.output()));
                item.add(pair);
            } else {
                item.add(entry.input());
            }
            history.add(item);
        }
        JsonObject content = new JsonObject();
        content.addProperty("status", "ok");
        content.add("history", history);
        return content;
    }

    private static List<Entry> last(List<Entry> entries, int n) {
        return n <= 0 || n >= entries.size()
                ? List.copyOf(entries)
                : List.copyOf(entries.subList(entries.size() - n, entries.size()));
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
