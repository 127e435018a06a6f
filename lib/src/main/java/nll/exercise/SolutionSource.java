package nll.exercise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The source text of a solution, read from the very {@code .java} file it was compiled from, which the build packs
 * into the jar beside the classes: the text a learner is shown cannot drift from the code the checks trust.
 */
final class SolutionSource {

    private SolutionSource() {
    }

    /**
     * The method {@code name} of class {@code NotebookNN} (NN from the id), from its signature line to its closing
     * brace, with the class's indentation and the {@code static} modifier removed, as a learner would type it.
     *
     * @throws IllegalStateException if the source or the method is not there
     */
    static String of(Definition<?> exercise) {
        String file = "Notebook" + exercise.id().substring(0, 2) + ".java";
        List<String> lines = lines(file);
        String start = "    static ";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith(start) && line.contains(" " + exercise.solutionName() + "(") && line.endsWith("{")) {
                StringBuilder text = new StringBuilder(line.substring(start.length())).append('\n');
                for (int j = i + 1; j < lines.size(); j++) {
                    String body = lines.get(j);
                    text.append(body.length() >= 4 ? body.substring(4) : body.strip()).append('\n');
                    if (body.equals("    }")) {
                        return text.toString();
                    }
                }
            }
        }
        throw new IllegalStateException("no method " + exercise.solutionName() + " in " + file);
    }

    private static List<String> lines(String file) {
        try (InputStream in = SolutionSource.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not in the library jar: build it with mvn package");
            }
            return new ArrayList<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
