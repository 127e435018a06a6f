package nll.notebooks.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes executed notebooks as HTML pages with an index page that links them in order. */
public final class Site {
    private Site() {
    }

    public static void export(Jupyter jupyter, List<NotebookFile> executed, Path siteDir) {
        List<String> arguments = new ArrayList<>(List.of("nbconvert", "--to", "html",
                "--output-dir", siteDir.toAbsolutePath().toString()));
        executed.forEach(notebook -> arguments.add(notebook.path().toAbsolutePath().toString()));
        Jupyter.Result result = jupyter.run(arguments, 600);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("HTML export failed:\n" + result.stderr());
        }
        StringBuilder index = new StringBuilder(String.join("\n",
                "<!DOCTYPE html>",
                "<html lang=\"en\">",
                "<head><meta charset=\"utf-8\"><title>nll-notebooks</title></head>",
                "<body>",
                "<h1>nll-notebooks</h1>",
                "<p>Probability, likelihood, negative log likelihood and cross entropy, in Java.</p>",
                "<ol>", ""));
        for (NotebookFile notebook : executed) {
            String file = notebook.path().getFileName().toString().replace(".ipynb", ".html");
            index.append("<li><a href=\"").append(file).append("\">").append(escape(title(notebook)))
                    .append("</a></li>\n");
        }
        index.append("</ol>\n</body>\n</html>\n");
        try {
            Files.writeString(siteDir.resolve("index.html"), index, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + siteDir.resolve("index.html"), e);
        }
    }

    /** The first markdown heading of a notebook, or its file name if it has none. */
    static String title(NotebookFile notebook) {
        for (int cell = 0; cell < notebook.cellCount(); cell++) {
            if (notebook.cellType(cell).equals("markdown")) {
                for (String line : notebook.source(cell).split("\n")) {
                    if (line.startsWith("#")) {
                        return line.replaceFirst("^#+\\s*", "").strip();
                    }
                }
            }
        }
        return notebook.path().getFileName().toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
