package nll.notebooks.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The project's notebooks: every {@code *.ipynb} directly in one directory, in file-name order. */
public record NotebookDirectory(Path directory) {

    public List<Path> notebooks() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".ipynb"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list notebooks in " + directory, e);
        }
    }

    /** The notebook called {@code name} (with or without {@code .ipynb}), failing if there is none. */
    public Path notebook(String name) {
        String fileName = name.endsWith(".ipynb") ? name : name + ".ipynb";
        Path path = directory.resolve(Path.of(fileName).getFileName());
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("notebook = \"" + name + "\": there is no " + path
                    + "; the notebooks are "
                    + notebooks().stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", ")));
        }
        return path;
    }
}
