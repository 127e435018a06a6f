package nll.notebooks.runner;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Jupyter notebook (nbformat 4) read from disk: its cells, their sources and their outputs.
 *
 * <p>Instances are immutable snapshots: {@link #withCoalescedStreams()} returns a new notebook.
 */
public final class NotebookFile {
    private final Path path;
    private final JsonObject json;

    private NotebookFile(Path path, JsonObject json) {
        this.path = path;
        this.json = json;
    }

    /** Reads a notebook, failing with the file's name if it is missing or not a notebook. */
    public static NotebookFile read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read notebook " + path, e);
        }
        try {
            JsonElement root = JsonParser.parseString(text);
            if (!root.isJsonObject() || !root.getAsJsonObject().has("cells")) {
                throw new IllegalArgumentException("notebook " + path + " has no \"cells\" array");
            }
            return new NotebookFile(path, root.getAsJsonObject());
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("notebook " + path + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * A notebook of one Markdown cell holding {@code markdown}, standing for the file {@code path} (nothing is
     * written), so nbconvert can render a Markdown document as it renders a notebook.
     */
    static NotebookFile markdownOnly(Path path, String markdown) {
        JsonObject cell = new JsonObject();
        cell.addProperty("cell_type", "markdown");
        cell.add("metadata", new JsonObject());
        cell.add("source", lines(markdown));
        JsonArray cells = new JsonArray();
        cells.add(cell);
        JsonObject notebook = new JsonObject();
        notebook.add("cells", cells);
        notebook.add("metadata", new JsonObject());
        notebook.addProperty("nbformat", 4);
        notebook.addProperty("nbformat_minor", 4);
        return new NotebookFile(path, notebook);
    }

    public Path path() {
        return path;
    }

    /** The notebook's own metadata (kernelspec, language_info), as a copy. */
    public JsonObject metadata() {
        JsonObject metadata = json.getAsJsonObject("metadata");
        return metadata == null ? new JsonObject() : metadata.deepCopy();
    }

    /** The notebook's first Markdown heading, without its {@code #} marks; the file's name if it has none. */
    public String title() {
        for (int cell = 0; cell < cellCount(); cell++) {
            if (cellType(cell).equals("markdown")) {
                for (String line : source(cell).lines().toList()) {
                    if (line.startsWith("#")) {
                        return line.replaceFirst("^#+\\s*", "").strip();
                    }
                }
            }
        }
        return path.getFileName().toString();
    }

    /**
     * A copy whose metadata gives the page nbconvert renders from it its {@code title} and the site's
     * {@code nll_site} entry (the navigation the site's template draws).
     */
    NotebookFile withSiteMetadata(String title, JsonObject site) {
        JsonObject copy = json.deepCopy();
        if (!copy.has("metadata")) {
            copy.add("metadata", new JsonObject());
        }
        copy.getAsJsonObject("metadata").addProperty("title", title);
        copy.getAsJsonObject("metadata").add("nll_site", site.deepCopy());
        return new NotebookFile(path, copy);
    }

    public int cellCount() {
        return cells().size();
    }

    /** The cell type of cell {@code index} (0-based): "code", "markdown" or "raw". */
    public String cellType(int index) {
        return cell(index).get("cell_type").getAsString();
    }

    public String source(int index) {
        return joined(cell(index).get("source"));
    }

    /** The first non-blank line of a cell's source, for naming the cell in messages. */
    public String firstSourceLine(int index) {
        for (String line : source(index).split("\n", -1)) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }

    /** The execution count Jupyter shows as {@code In [n]}, or -1 for a cell that has none. */
    public int executionCount(int index) {
        JsonElement count = cell(index).get("execution_count");
        return count == null || count.isJsonNull() ? -1 : count.getAsInt();
    }

    /** How a message names a cell: its 1-based position, its {@code In [n]} and its first line. */
    public String describeCell(int index) {
        int count = executionCount(index);
        String in = count < 0 ? "" : " In [" + count + "]";
        return "cell " + (index + 1) + in + " `" + firstSourceLine(index) + "`";
    }

    public List<CellOutput> outputs(int index) {
        JsonObject cell = cell(index);
        List<CellOutput> result = new ArrayList<>();
        if (!cell.has("outputs")) {
            return result;
        }
        for (JsonElement output : cell.getAsJsonArray("outputs")) {
            result.add(CellOutput.of(output.getAsJsonObject()));
        }
        return result;
    }

    /**
     * Returns a copy in which consecutive stream outputs of the same stream are merged into one.
     * A kernel streams text while a cell runs, so how one cell's printing is split into messages
     * depends on timing; the merged form does not.
     */
    public NotebookFile withCoalescedStreams() {
        JsonObject copy = json.deepCopy();
        for (JsonElement cellElement : copy.getAsJsonArray("cells")) {
            JsonObject cell = cellElement.getAsJsonObject();
            if (!cell.has("outputs")) {
                continue;
            }
            JsonArray merged = new JsonArray();
            JsonObject previous = null;
            for (JsonElement element : cell.getAsJsonArray("outputs")) {
                JsonObject output = element.getAsJsonObject();
                if (previous != null
                        && isStream(previous)
                        && isStream(output)
                        && previous.get("name").equals(output.get("name"))) {
                    previous.add("text", lines(joined(previous.get("text")) + joined(output.get("text"))));
                } else {
                    merged.add(output);
                    previous = output;
                }
            }
            cell.add("outputs", merged);
            if (cell.has("metadata")) {
                // Timing recorded by the executor changes on every run.
                cell.getAsJsonObject("metadata").remove("execution");
            }
        }
        return new NotebookFile(path, copy);
    }

    /**
     * Writes the notebook the way Jupyter does (one-space indent, sorted keys, a final newline),
     * through a temporary file so an interrupted write never leaves a truncated notebook.
     */
    public void write(Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".notebook", ".tmp");
            Files.writeString(temporary, text(), StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write notebook " + target, e);
        }
    }

    /** The notebook's file as {@link #write} writes it. */
    public String text() {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = new JsonWriter(text)) {
            writer.setIndent(" ");
            writer.setHtmlSafe(false);
            writeSorted(writer, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    /** The notebook's JSON, as a copy, for a test to derive other notebooks from. */
    JsonObject json() {
        return json.deepCopy();
    }

    /** A notebook of the JSON {@code json}, as the file {@code path} would hold it (nothing is written). */
    static NotebookFile of(Path path, JsonObject json) {
        if (!json.has("cells") || !json.get("cells").isJsonArray()) {
            throw new IllegalArgumentException("json has no \"cells\" array: it is not a notebook");
        }
        return new NotebookFile(path, json.deepCopy());
    }

    private static void writeSorted(JsonWriter writer, JsonElement element) throws IOException {
        if (element.isJsonObject()) {
            writer.beginObject();
            Map<String, JsonElement> sorted =
                    new TreeMap<>(element.getAsJsonObject().asMap());
            for (Map.Entry<String, JsonElement> entry : sorted.entrySet()) {
                writer.name(entry.getKey());
                writeSorted(writer, entry.getValue());
            }
            writer.endObject();
        } else if (element.isJsonArray()) {
            writer.beginArray();
            for (JsonElement item : element.getAsJsonArray()) {
                writeSorted(writer, item);
            }
            writer.endArray();
        } else if (element.isJsonNull()) {
            writer.nullValue();
        } else {
            writer.jsonValue(element.toString());
        }
    }

    private static boolean isStream(JsonObject output) {
        return "stream".equals(output.get("output_type").getAsString());
    }

    private JsonArray cells() {
        return json.getAsJsonArray("cells");
    }

    private JsonObject cell(int index) {
        return cells().get(index).getAsJsonObject();
    }

    /** nbformat stores multi-line text either as one string or as a list of lines. */
    static String joined(JsonElement text) {
        if (text == null || text.isJsonNull()) {
            return "";
        }
        if (text.isJsonPrimitive()) {
            return text.getAsString();
        }
        StringBuilder builder = new StringBuilder();
        for (JsonElement line : text.getAsJsonArray()) {
            builder.append(line.getAsString());
        }
        return builder.toString();
    }

    private static JsonArray lines(String text) {
        JsonArray array = new JsonArray();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            array.add(text.substring(start, end));
            start = end;
        }
        return array;
    }
}
