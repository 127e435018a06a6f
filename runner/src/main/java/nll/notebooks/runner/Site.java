package nll.notebooks.runner;

import nll.process.CommandResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the notebooks as a self-contained static site: one HTML page per notebook (and per markdown document
 * beside the notebooks, such as a glossary), an index page listing the notebooks with the descriptions of the
 * README's contents table, and KaTeX copied in to render the math, so the pages load nothing from the network.
 *
 * <p>Links between the pages are rewritten to the pages: {@code NN-x.ipynb} to {@code NN-x.html}, the README to
 * {@code index.html}; a link to any other file of the project points at that file in the project's repository.
 * Each page has previous / index / next navigation.
 */
public final class Site {
    /** Where a link to a project file that is not a page of the site points. */
    static final String REPOSITORY_FILES = "https://github.com/nll-notebooks/nll-notebooks/blob/HEAD/";
    private static final String TEMPLATE = "site-template";
    private static final Pattern CONTENTS_ROW =
            Pattern.compile("^\\|\\s*\\[(.+?)]\\(notebooks/([^)]+\\.ipynb)\\)\\s*\\|\\s*(.+?)\\s*\\|\\s*$");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern BODY_START = Pattern.compile("<body[^>]*>");
    /** Marks a directory as a site this class wrote, which a later export may delete and write again. */
    static final String MARKER = ".nll-notebooks-site";

    private Site() {
    }

    /** One page of the site: its title, the notebook it is written from and its file in the site. */
    record Page(String title, Path source, String file) {
    }

    /**
     * Writes the site into {@code siteDir}.
     *
     * @param notebooks   the notebooks with their outputs, in reading order
     * @param notebookDir the project's notebook directory, whose markdown documents become pages too and
     *                    against which the notebooks' links are resolved
     * @param readme      the project's README, whose title, opening paragraphs and contents table make the index
     */
    public static void export(Jupyter jupyter, List<NotebookFile> notebooks, Path notebookDir, Path readme,
                              Path siteDir) {
        if (notebooks.isEmpty()) {
            throw new IllegalArgumentException("notebooks is empty: a site needs at least one notebook");
        }
        try {
            clear(siteDir);
            Path work = Files.createTempDirectory("nll-site");
            Katex.copyTo(siteDir.resolve("katex"));
            copyResource(TEMPLATE + "/render-math.js", siteDir.resolve("katex/render-math.js"));
            copyResource(TEMPLATE + "/nll-site/conf.json", work.resolve("templates/nll-site/conf.json"));
            copyResource(TEMPLATE + "/nll-site/index.html.j2", work.resolve("templates/nll-site/index.html.j2"));

            List<Page> pages = new ArrayList<>();
            List<Path> sources = new ArrayList<>();
            for (NotebookFile notebook : notebooks) {
                String name = notebook.path().getFileName().toString();
                pages.add(new Page(title(notebook), notebook.path(), htmlName(name)));
                sources.add(notebook.path().toAbsolutePath());
            }
            List<Page> documents = documents(notebookDir, work.resolve("documents"));
            documents.forEach(document -> sources.add(document.source().toAbsolutePath()));

            List<String> arguments = new ArrayList<>(List.of("nbconvert", "--to", "html",
                    "--TemplateExporter.extra_template_basedirs=" + work.resolve("templates"),
                    "--template", "nll-site", "--output-dir", siteDir.toAbsolutePath().toString()));
            sources.forEach(source -> arguments.add(source.toString()));
            CommandResult result = jupyter.run(arguments, 600);
            if (result.exitCode() != 0) {
                throw new IllegalStateException("HTML export failed:\n" + result.stderr());
            }

            Map<String, String> contents = contents(readme);
            for (int i = 0; i < pages.size(); i++) {
                Page page = pages.get(i);
                String navigation = navigation(i == 0 ? null : pages.get(i - 1),
                        i + 1 == pages.size() ? null : pages.get(i + 1));
                finish(siteDir, page.file(), navigation, pages, documents, notebookDir, readme);
            }
            for (Page document : documents) {
                finish(siteDir, document.file(), navigation(null, null), pages, documents, notebookDir, readme);
            }
            Files.writeString(siteDir.resolve("index.html"), index(readme, pages, documents, contents),
                    StandardCharsets.UTF_8);
            deleteTree(work);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site into " + siteDir, e);
        }
    }

    /**
     * Empties {@code siteDir} of an earlier site, so no file of it survives into the new one; refuses a directory
     * that holds anything else.
     */
    static void clear(Path siteDir) throws IOException {
        if (Files.isDirectory(siteDir)) {
            boolean empty;
            try (var files = Files.list(siteDir)) {
                empty = files.findAny().isEmpty();
            }
            if (!empty && !Files.exists(siteDir.resolve(MARKER))) {
                throw new IllegalArgumentException("siteDir = " + siteDir + " is neither empty nor a site written"
                        + " before (no " + MARKER + " in it): choose an empty or new directory");
            }
            deleteTree(siteDir);
        }
        Files.createDirectories(siteDir);
        Files.writeString(siteDir.resolve(MARKER), "written by ./run --site; deleted and rewritten by the next\n",
                StandardCharsets.UTF_8);
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

    /**
     * The README's contents table: for each notebook file name, its one-line description.
     *
     * @throws IllegalArgumentException if the README has no such table
     */
    static Map<String, String> contents(Path readme) throws IOException {
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
            Matcher row = CONTENTS_ROW.matcher(line);
            if (row.matches()) {
                descriptions.put(row.group(2), row.group(3));
            }
        }
        if (descriptions.isEmpty()) {
            throw new IllegalArgumentException("readme = " + readme + " has no contents table with rows like"
                    + " \"| [00 · Title](notebooks/00-x.ipynb) | description |\"");
        }
        return descriptions;
    }

    /**
     * Rewrites a link found on a page made from a file in {@code notebooks/}: to the site's page for a notebook,
     * a document or the README, to the repository for any other project file, unchanged if it is not relative.
     */
    static String rewriteLink(String href, List<Page> pages, List<Page> documents, Path notebookDir,
                              Path readme) {
        if (href.isEmpty() || href.startsWith("#") || href.startsWith("/") || href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return href;
        }
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash);
        String fileName = Path.of(path).getFileName().toString();
        for (Page page : pages) {
            if (path.equals(page.source().getFileName().toString())) {
                return page.file() + fragment;
            }
        }
        for (Page document : documents) {
            if (path.equals(document.file().replaceFirst("\\.html$", ".md"))) {
                return document.file() + fragment;
            }
        }
        Path project = readme.toAbsolutePath().getParent();
        Path target = notebookDir.toAbsolutePath().resolve(path).normalize();
        if (target.equals(readme.toAbsolutePath().normalize())) {
            return "index.html" + fragment;
        }
        if (!target.startsWith(project) || !Files.exists(target)) {
            throw new IllegalArgumentException("href = \"" + href + "\": " + fileName
                    + " is not a page of the site nor a file of the project");
        }
        return REPOSITORY_FILES + project.relativize(target).toString().replace('\\', '/') + fragment;
    }

    /**
     * Rewrites a page's links, except those to files the site holds (KaTeX), and puts the navigation at its top
     * and bottom.
     */
    private static void finish(Path siteDir, String file, String navigation, List<Page> pages, List<Page> documents,
                               Path notebookDir, Path readme) throws IOException {
        Path html = siteDir.resolve(file);
        String text = Files.readString(html, StandardCharsets.UTF_8);
        Matcher link = HREF.matcher(text);
        StringBuilder rewritten = new StringBuilder();
        while (link.find()) {
            String href = unescape(link.group(1));
            boolean inSite = !href.isEmpty() && !href.contains(":") && Files.isRegularFile(siteDir.resolve(href));
            String target = inSite ? href : rewriteLink(href, pages, documents, notebookDir, readme);
            link.appendReplacement(rewritten, Matcher.quoteReplacement("href=\"" + escape(target) + "\""));
        }
        link.appendTail(rewritten);
        text = rewritten.toString();
        Matcher body = BODY_START.matcher(text);
        if (!body.find() || !text.contains("</body>")) {
            throw new IllegalStateException(html + " has no <body> to put the navigation in");
        }
        text = text.substring(0, body.end()) + "\n" + navigation + text.substring(body.end());
        int end = text.lastIndexOf("</body>");
        text = text.substring(0, end) + navigation + "\n" + text.substring(end);
        Files.writeString(html, text, StandardCharsets.UTF_8);
    }

    private static String navigation(Page previous, Page next) {
        return "<nav class=\"site-nav\">"
                + "<span>" + (previous == null ? "" : "<a rel=\"prev\" href=\"" + previous.file() + "\">&larr; "
                + escape(previous.title()) + "</a>") + "</span>"
                + "<a href=\"index.html\">Index</a>"
                + "<span>" + (next == null ? "" : "<a rel=\"next\" href=\"" + next.file() + "\">"
                + escape(next.title()) + " &rarr;</a>") + "</span>"
                + "</nav>";
    }

    private static String index(Path readme, List<Page> pages, List<Page> documents, Map<String, String> contents)
            throws IOException {
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        String heading = lines.stream().filter(line -> line.startsWith("# ")).findFirst()
                .map(line -> line.substring(2).strip()).orElse("Notebooks");
        StringBuilder html = new StringBuilder(String.join("\n",
                "<!DOCTYPE html>",
                "<html lang=\"en\">",
                "<head>",
                "<meta charset=\"utf-8\">",
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">",
                "<title>" + escape(heading) + "</title>",
                "<style>",
                "body { font-family: sans-serif; max-width: 50em; margin: 2em auto; padding: 0 1em; line-height: 1.5; }",
                "dt { margin-top: 0.8em; font-weight: bold; }",
                "</style>",
                "</head>",
                "<body>",
                "<h1>" + escape(heading) + "</h1>", ""));
        for (String paragraph : introduction(lines)) {
            html.append("<p>").append(inlineMarkdown(paragraph)).append("</p>\n");
        }
        html.append("<dl>\n");
        for (Page page : pages) {
            String name = page.source().getFileName().toString();
            String description = contents.get(name);
            if (description == null) {
                throw new IllegalArgumentException("readme = " + readme + ": its contents table has no row for "
                        + name);
            }
            html.append("<dt><a href=\"").append(page.file()).append("\">").append(escape(page.title()))
                    .append("</a></dt>\n<dd>").append(inlineMarkdown(description)).append("</dd>\n");
        }
        html.append("</dl>\n");
        if (!documents.isEmpty()) {
            html.append("<p>Also: ");
            for (int i = 0; i < documents.size(); i++) {
                Page document = documents.get(i);
                html.append(i == 0 ? "" : ", ").append("<a href=\"").append(document.file()).append("\">")
                        .append(escape(document.title())).append("</a>");
            }
            html.append(".</p>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /** The README's paragraphs between its title and its first section. */
    private static List<String> introduction(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean afterTitle = false;
        for (String line : lines) {
            if (line.startsWith("# ")) {
                afterTitle = true;
                continue;
            }
            if (!afterTitle) {
                continue;
            }
            if (line.startsWith("#")) {
                break;
            }
            if (line.isBlank()) {
                if (paragraph.length() > 0) {
                    paragraphs.add(paragraph.toString());
                    paragraph.setLength(0);
                }
            } else {
                paragraph.append(paragraph.length() > 0 ? " " : "").append(line.strip());
            }
        }
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
        }
        return paragraphs;
    }

    /** Escapes text for HTML and turns its {@code `code`} spans into code elements. */
    private static String inlineMarkdown(String text) {
        return escape(text).replaceAll("`([^`]+)`", "<code>$1</code>");
    }

    /**
     * The markdown documents beside the notebooks (such as a glossary), each wrapped in a one-cell notebook under
     * {@code work} so nbconvert renders it with the notebooks' look and math. Their title is their first heading.
     */
    private static List<Page> documents(Path notebookDir, Path work) throws IOException {
        List<Page> documents = new ArrayList<>();
        List<Path> markdown;
        try (var files = Files.list(notebookDir)) {
            markdown = files.filter(file -> file.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        Files.createDirectories(work);
        for (Path file : markdown) {
            String name = file.getFileName().toString();
            String stem = name.substring(0, name.length() - ".md".length());
            Path wrapper = work.resolve(stem + ".ipynb");
            NotebookFile.markdownOnly(wrapper, Files.readString(file, StandardCharsets.UTF_8));
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String title = text.lines().filter(line -> line.startsWith("# ")).findFirst()
                    .map(line -> line.substring(2).strip()).orElse(stem);
            documents.add(new Page(title, wrapper, stem + ".html"));
        }
        return documents;
    }

    private static String htmlName(String notebookName) {
        return notebookName.replaceFirst("\\.ipynb$", "") + ".html";
    }

    static void copyResource(String resource, Path target) throws IOException {
        try (InputStream in = Site.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the runner's class path has no " + resource);
            }
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String unescape(String text) {
        return text.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
