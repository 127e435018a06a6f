package nll.notebooks.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the site's front page takes from the project's README, read in this one place: its title (the first
 * {@code # } heading), its introduction (the Markdown paragraphs between the title and the first section) and its
 * contents table (for each notebook, the Markdown description in the row that links to it).
 *
 * @param file         the README
 * @param title        the README's title
 * @param introduction the introduction's paragraphs, in Markdown
 * @param contents     for each notebook file name, in the table's order, its description in Markdown
 */
public record Readme(Path file, String title, List<String> introduction, Map<String, String> contents) {
    private static final Pattern CONTENTS_ROW =
            Pattern.compile("^\\|\\s*\\[(.+?)]\\(notebooks/([^)]+\\.ipynb)\\)\\s*\\|\\s*(.+?)\\s*\\|\\s*$");

    public Readme {
        introduction = List.copyOf(introduction);
        contents = Collections.unmodifiableMap(new LinkedHashMap<>(contents));
    }

    /**
     * Reads a README.
     *
     * @throws IllegalArgumentException naming the file, if it has no title or no contents table
     */
    public static Readme read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String title = null;
        List<String> introduction = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        Map<String, String> contents = new LinkedHashMap<>();
        boolean inIntroduction = false;
        for (String line : lines) {
            Matcher row = CONTENTS_ROW.matcher(line);
            if (row.matches()) {
                contents.put(row.group(2), row.group(3));
            }
            if (title == null) {
                if (line.startsWith("# ")) {
                    title = line.substring(2).strip();
                    inIntroduction = true;
                }
                continue;
            }
            if (!inIntroduction) {
                continue;
            }
            if (line.startsWith("#")) {
                inIntroduction = false;
            } else if (!line.isBlank()) {
                paragraph.append(paragraph.length() > 0 ? "\n" : "").append(line.strip());
                continue;
            }
            if (paragraph.length() > 0) {
                introduction.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        if (paragraph.length() > 0) {
            introduction.add(paragraph.toString());
        }
        if (title == null) {
            throw new IllegalArgumentException("readme = " + file + " has no title (a line starting with \"# \")");
        }
        if (contents.isEmpty()) {
            throw new IllegalArgumentException("readme = " + file + " has no contents table with rows like"
                    + " \"| [00 · Title](notebooks/00-x.ipynb) | description |\"");
        }
        return new Readme(file, title, introduction, contents);
    }

    /**
     * The description of a notebook in the contents table.
     *
     * @throws IllegalArgumentException if the table has no row for it
     */
    public String description(String notebookFileName) {
        String description = contents.get(notebookFileName);
        if (description == null) {
            throw new IllegalArgumentException("notebookFileName = " + notebookFileName + ": the contents table of "
                    + file + " has no row for it");
        }
        return description;
    }
}
