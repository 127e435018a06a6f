package nll.kernel.magic;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The kernel's line magics with their usage and one line each on what they do, as {@code %lsmagic} lists them. */
public final class MagicCatalog {

    /** One magic: its name, how it is written, and what it does. */
    public record Entry(String name, String usage, String summary) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds a magic to the list; names are unique. */
    public void add(String name, String usage, String summary) {
        if (entries.stream().anyMatch(e -> e.name().equals(name))) {
            throw new IllegalArgumentException("magic '" + name + "' is listed twice");
        }
        entries.add(new Entry(name, usage, summary));
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** One line a magic, in the order added, the usage padded to one column. */
    public String listing() {
        int width = entries.stream().mapToInt(e -> e.usage().length()).max().orElse(0);
        return entries.stream()
                .map(e -> e.usage() + " ".repeat(width - e.usage().length()) + "  " + e.summary())
                .collect(Collectors.joining("\n"));
    }
}
