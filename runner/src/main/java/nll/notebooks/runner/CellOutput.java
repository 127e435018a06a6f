package nll.notebooks.runner;

import com.google.gson.JsonObject;
import java.util.regex.Pattern;

/**
 * One output of a code cell, reduced to what must not change between two runs of the same code:
 * streamed text, the {@code text/plain} of results and displays, errors, and whether an image is there.
 * Image bytes are left out because PNG encoders and fonts differ between machines.
 */
public record CellOutput(String kind, String text, boolean hasImage) {
    private static final Pattern ANSI_ESCAPE = Pattern.compile("\u001B\\[[;\\d]*[A-Za-z]");

    static CellOutput of(JsonObject output) {
        String type = output.get("output_type").getAsString();
        switch (type) {
            case "stream" -> {
                return new CellOutput(output.get("name").getAsString(), NotebookFile.joined(output.get("text")), false);
            }
            case "execute_result", "display_data" -> {
                JsonObject data = output.has("data") ? output.getAsJsonObject("data") : new JsonObject();
                return new CellOutput(type, NotebookFile.joined(data.get("text/plain")), data.has("image/png"));
            }
            case "error" -> {
                StringBuilder traceback = new StringBuilder();
                if (output.has("traceback")) {
                    output.getAsJsonArray("traceback")
                            .forEach(
                                    line -> traceback.append(line.getAsString()).append('\n'));
                }
                String text = output.get("ename").getAsString() + ": "
                        + output.get("evalue").getAsString() + "\n"
                        + ANSI_ESCAPE.matcher(traceback).replaceAll("");
                return new CellOutput("error", text, false);
            }
            default -> {
                return new CellOutput(type, "", false);
            }
        }
    }

    /** The output as the lines a difference is shown in. */
    public String render() {
        StringBuilder builder = new StringBuilder("[").append(kind).append("]\n");
        builder.append(text);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            builder.append('\n');
        }
        if (hasImage) {
            builder.append("[image/png]\n");
        }
        return builder.toString();
    }
}
