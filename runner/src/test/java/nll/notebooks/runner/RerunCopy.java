package nll.notebooks.runner;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;

/**
 * A notebook with each code cell followed by a copy of itself, so one execution both runs the notebook top to
 * bottom and runs each code cell again right after itself, as a learner does who runs a cell twice. The executed
 * copy is then split back into the notebook as executed (each cell's first run, numbered as one run numbers
 * them) and each cell's second run.
 */
final class RerunCopy {
    private RerunCopy() {}

    /** One code cell's second run, right after its first. */
    record Rerun(int cell, List<CellOutput> first, List<CellOutput> second) {}

    /** A doubled notebook executed once, split into its first runs and its second runs. */
    record Split(NotebookFile executed, List<Rerun> reruns) {
        /**
         * What went wrong in the second runs: a cell that failed, or printed something other than its first run;
         * empty when every cell ran again with the same output.
         */
        List<String> problems() {
            List<String> problems = new ArrayList<>();
            for (Rerun rerun : reruns) {
                String cell = executed.describeCell(rerun.cell());
                String first = OutputCheck.render(rerun.first());
                String second = OutputCheck.render(rerun.second());
                rerun.second().stream()
                        .filter(output -> output.kind().equals("error"))
                        .findFirst()
                        .ifPresentOrElse(
                                error -> problems.add(
                                        cell + " failed when run again right after itself:\n" + error.text()),
                                () -> {
                                    if (!first.equals(second)) {
                                        problems.add(cell + " printed something else when run again right after itself"
                                                + " (- first run, + second run):\n" + LineDiff.between(first, second));
                                    }
                                });
            }
            return problems;
        }
    }

    /**
     * The notebook with each code cell followed by a copy of itself; markdown cells stay where they are. The copy
     * keeps the notebook's path, so it runs in the notebook's directory under the notebook's name.
     */
    static NotebookFile of(NotebookFile notebook) {
        JsonObject json = notebook.json();
        JsonArray doubled = new JsonArray();
        for (JsonElement element : json.getAsJsonArray("cells")) {
            JsonObject cell = element.getAsJsonObject();
            doubled.add(cell);
            if (isCode(cell)) {
                JsonObject again = cell.deepCopy();
                if (again.has("id")) {
                    // nbformat 4.5 cell ids must be unique within a notebook.
                    again.addProperty("id", again.get("id").getAsString() + "-again");
                }
                doubled.add(again);
            }
        }
        json.add("cells", doubled);
        return NotebookFile.of(notebook.path(), json);
    }

    /**
     * Splits an execution of {@link #of}{@code (original)} into the notebook as executed, which has the original's
     * cells with their first run's outputs and execution counts 1, 2, 3... as a single run gives them, and the
     * code cells' second runs.
     *
     * @param executed the executed doubled copy; the split notebook takes its path
     */
    static Split split(NotebookFile original, NotebookFile executed) {
        JsonArray doubled = executed.json().getAsJsonArray("cells");
        JsonArray firstRuns = new JsonArray();
        List<Rerun> reruns = new ArrayList<>();
        int next = 0;
        int count = 0;
        for (int cell = 0; cell < original.cellCount(); cell++) {
            JsonObject first = doubled.get(next++).getAsJsonObject();
            if (isCode(first)) {
                JsonObject second = doubled.get(next++).getAsJsonObject();
                reruns.add(new Rerun(cell, outputs(first), outputs(second)));
                if (!first.get("execution_count").isJsonNull()) {
                    renumber(first, ++count);
                }
            }
            firstRuns.add(first);
        }
        if (next != doubled.size()) {
            throw new IllegalArgumentException("executed = " + executed.path() + " has " + doubled.size()
                    + " cells, not the " + next + " of " + original.path() + " with each code cell twice");
        }
        JsonObject json = executed.json();
        json.add("cells", firstRuns);
        return new Split(NotebookFile.of(executed.path(), json), reruns);
    }

    private static void renumber(JsonObject cell, int count) {
        cell.add("execution_count", new JsonPrimitive(count));
        for (JsonElement output : cell.getAsJsonArray("outputs")) {
            if (output.getAsJsonObject().has("execution_count")) {
                output.getAsJsonObject().add("execution_count", new JsonPrimitive(count));
            }
        }
    }

    private static List<CellOutput> outputs(JsonObject cell) {
        List<CellOutput> outputs = new ArrayList<>();
        cell.getAsJsonArray("outputs").forEach(output -> outputs.add(CellOutput.of(output.getAsJsonObject())));
        return outputs;
    }

    private static boolean isCode(JsonObject cell) {
        return cell.get("cell_type").getAsString().equals("code");
    }
}
