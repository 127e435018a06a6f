package nll.kernel.magic;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code %load PATH}: the code to run from a snippet file ({@code .jshell}, {@code .jsh}, {@code .java}: the whole
 * file) or from a notebook ({@code .ipynb}: each code cell, in order), as IJava does. The path is relative to the
 * notebook's directory.
 */
public final class LoadMagic {

    /** Code to run as if it were a cell, and the name its errors give as its place ("helpers.jshell"). */
    public record Source(String name, String code) {}

    private LoadMagic() {}

    /**
     * The sources that {@code %load} with these arguments runs.
     *
     * @throws IllegalArgumentException if there is not exactly one argument, the file does not exist, its extension
     *                                  is not one %load knows, or a notebook is not valid notebook JSON
     */
    public static List<Source> sources(List<String> args, Path workingDirectory) {
        if (args.size() != 1) {
            throw new IllegalArgumentException(
                    "%load needs exactly one path, for example %load helpers.jshell; got " + args.size() + ": " + args);
        }
        Path file = workingDirectory.resolve(args.get(0)).normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(
                    "%load: no file '" + args.get(0) + "' (relative to " + workingDirectory + ")");
        }
        String name = file.getFileName().toString();
        String text = read(file);
        if (name.endsWith(".ipynb")) {
            return notebookCells(name, text);
        }
        if (name.endsWith(".jshell") || name.endsWith(".jsh") || name.endsWith(".java")) {
            return List.of(new Source(name, text));
        }
        throw new IllegalArgumentException("%load: '" + args.get(0)
                + "' is neither a snippet file (.jshell, .jsh, .java) nor a notebook (.ipynb)");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("%load: cannot read " + file, e);
        }
    }

    private static List<Source> notebookCells(String name, String json) {
        JsonArray cells;
        try {
            cells = JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("cells");
        } catch (JsonParseException | IllegalStateException | ClassCastException e) {
            throw new IllegalArgumentException("%load: " + name + " is not a notebook: " + e.getMessage());
        }
        if (cells == null) {
            throw new IllegalArgumentException("%load: " + name + " is not a notebook: it has no \"cells\"");
        }
        List<Source> sources = new ArrayList<>();
        int codeCell = 0;
        for (JsonElement element : cells) {
            JsonObject cell = element.getAsJsonObject();
            if (!"code".equals(cell.get("cell_type").getAsString())) {
                continue;
            }
            codeCell++;
            JsonElement source = cell.get("source");
            // nbformat stores a cell's source as one string or as a list of lines that keep their newlines.
            StringBuilder code = new StringBuilder();
            if (source.isJsonArray()) {
                source.getAsJsonArray().forEach(line -> code.append(line.getAsString()));
            } else {
                code.append(source.getAsString());
            }
            sources.add(new Source(name + " code cell " + codeCell, code.toString()));
        }
        return sources;
    }
}
