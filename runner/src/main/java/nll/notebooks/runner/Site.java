package nll.notebooks.runner;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nll.process.CommandResult;

/**
 * Writes the notebooks as a self-contained static site: one HTML page per notebook (and per Markdown document
 * beside the notebooks, such as a glossary), a front page made of the README's title, introduction and contents
 * table, and KaTeX copied in to render the math, so the pages load nothing from the network.
 *
 * <p>Every page is rendered by nbconvert with the site's one template ({@code site-template/nll-site}): a
 * notebook as it is, a document and the front page as a notebook of one Markdown cell, so their Markdown (links,
 * code, math) renders as the notebooks' does. The template draws each page's previous / index / next navigation
 * from the page's {@code nll_site} metadata. Links are then rewritten to the pages: {@code NN-x.ipynb} to
 * {@code NN-x.html}, the README to {@code index.html}; a link to any other file of the project points at that
 * file in the project's repository.
 */
public final class Site {
    /** Where a link to a project file that is not a page of the site points. */
    static final String REPOSITORY_FILES = "https://github.com/nll-notebooks/nll-notebooks/blob/HEAD/";
    /** Marks a directory as a site this class wrote, which a later export may delete and write again. */
    static final String MARKER = ".nll-notebooks-site";

    private static final String TEMPLATE = "site-template";
    private static final String INDEX = "index.html";
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    private final Jupyter jupyter;
    private final Path notebookDir;
    private final Readme readme;

    /**
     * @param notebookDir the project's notebook directory, whose Markdown documents become pages too and against
     *                    which the notebooks' links are resolved
     * @param readme      the project's README, whose title, introduction and contents table make the front page
     */
    public Site(Jupyter jupyter, Path notebookDir, Readme readme) {
        this.jupyter = jupyter;
        this.notebookDir = notebookDir.toAbsolutePath().normalize();
        this.readme = readme;
    }

    /**
     * One page of the site: its title, the project file it shows (links to that file lead to the page), its file in
     * the site, and the directory its own relative links are written against.
     */
    record Page(String title, Path origin, String file, Path linkBase) {}

    /**
     * Writes the site into {@code siteDir}, emptying it first (see {@link #clear}).
     *
     * @param notebooks the notebooks with their outputs, in reading order; each is named after the committed
     *                  notebook of the same file name in the notebook directory
     */
    public void export(List<NotebookFile> notebooks, Path siteDir) {
        if (notebooks.isEmpty()) {
            throw new IllegalArgumentException("notebooks is empty: a site needs at least one notebook");
        }
        Path work = null;
        try {
            clear(siteDir);
            work = Files.createTempDirectory("nll-site");
            Katex.copyTo(siteDir.resolve("katex"));
            copyResource(TEMPLATE + "/render-math.js", siteDir.resolve("katex/render-math.js"));
            for (String file : new String[] {"conf.json", "index.html.j2"}) {
                copyResource(TEMPLATE + "/nll-site/" + file, work.resolve("templates/nll-site/" + file));
            }
            write(notebooks, work, siteDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site into " + siteDir, e);
        } finally {
            if (work != null) {
                deleteTree(work);
            }
        }
    }

    private void write(List<NotebookFile> notebooks, Path work, Path siteDir) throws IOException {
        List<Page> pages = new ArrayList<>();
        List<NotebookFile> sources = new ArrayList<>();
        for (NotebookFile notebook : notebooks) {
            String name = notebook.path().getFileName().toString();
            pages.add(new Page(notebook.title(), notebookDir.resolve(name), stem(name) + ".html", notebookDir));
            sources.add(notebook);
        }
        List<Page> documents = new ArrayList<>();
        for (Path file : markdownDocuments()) {
            NotebookFile document = NotebookFile.markdownOnly(file, Files.readString(file, StandardCharsets.UTF_8));
            documents.add(
                    new Page(document.title(), file, stem(file.getFileName().toString()) + ".html", notebookDir));
            sources.add(document);
        }
        Path project = readme.file().toAbsolutePath().normalize().getParent();
        Page index = new Page(readme.title(), readme.file().toAbsolutePath().normalize(), INDEX, project);
        List<Page> all = new ArrayList<>(pages);
        all.addAll(documents);
        all.add(index);
        sources.add(NotebookFile.markdownOnly(readme.file(), frontPage(pages, documents)));

        // Each page's notebook, with its title and its navigation in the metadata the template reads.
        List<String> arguments = new ArrayList<>(List.of(
                "nbconvert",
                "--to",
                "html",
                "--TemplateExporter.extra_template_basedirs=" + work.resolve("templates"),
                "--template",
                "nll-site",
                "--output-dir",
                siteDir.toAbsolutePath().toString()));
        for (int i = 0; i < all.size(); i++) {
            Page page = all.get(i);
            boolean inSeries = i < pages.size();
            JsonObject site = new JsonObject();
            site.add("previous", inSeries && i > 0 ? link(pages.get(i - 1)) : null);
            site.add("next", inSeries && i + 1 < pages.size() ? link(pages.get(i + 1)) : null);
            site.addProperty("navigation", !page.equals(index));
            Path copy = work.resolve("pages").resolve(stem(page.file()) + ".ipynb");
            sources.get(i).withSiteMetadata(page.title(), site).write(copy);
            arguments.add(copy.toString());
        }
        CommandResult result = jupyter.run(arguments, 600);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("HTML export failed:\n" + result.stderr());
        }
        Links links = new Links(all, project);
        for (Page page : all) {
            rewriteLinks(siteDir, page, links);
        }
    }

    /**
     * The front page in Markdown: the README's title and introduction, each notebook's title linked to its page
     * with its description from the contents table, then the documents.
     */
    private String frontPage(List<Page> pages, List<Page> documents) {
        StringBuilder markdown = new StringBuilder("# ").append(readme.title()).append("\n\n");
        readme.introduction().forEach(paragraph -> markdown.append(paragraph).append("\n\n"));
        for (Page page : pages) {
            markdown.append("- **[")
                    .append(page.title())
                    .append("](")
                    .append(page.file())
                    .append(")**: ")
                    .append(readme.description(page.origin().getFileName().toString()))
                    .append('\n');
        }
        if (!documents.isEmpty()) {
            markdown.append("\nAlso: ");
            for (int i = 0; i < documents.size(); i++) {
                Page document = documents.get(i);
                markdown.append(i == 0 ? "" : ", ")
                        .append('[')
                        .append(document.title())
                        .append("](")
                        .append(document.file())
                        .append(')');
            }
            markdown.append(".\n");
        }
        return markdown.toString();
    }

    private static JsonObject link(Page page) {
        JsonObject link = new JsonObject();
        link.addProperty("file", page.file());
        link.addProperty("title", page.title());
        return link;
    }

    /** The Markdown documents beside the notebooks, in file-name order. */
    private List<Path> markdownDocuments() throws IOException {
        try (var files = Files.list(notebookDir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
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
        Files.writeString(
                siteDir.resolve(MARKER),
                "written by ./run --site; deleted and rewritten by the next\n",
                StandardCharsets.UTF_8);
    }

    /** Where the links written on the site's pages lead. */
    record Links(List<Page> pages, Path project) {
        /**
         * Rewrites a link found on {@code page}: to the site's page for a notebook, a document or the README, to
         * the repository for any other project file, unchanged if it is not relative.
         *
         * @throws IllegalArgumentException naming the link, if it leads to no file of the project
         */
        String rewrite(String href, Page page) {
            if (href.isEmpty()
                    || href.startsWith("#")
                    || href.startsWith("/")
                    || href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                return href;
            }
            int hash = href.indexOf('#');
            String path = hash < 0 ? href : href.substring(0, hash);
            String fragment = hash < 0 ? "" : href.substring(hash);
            Path target = page.linkBase().resolve(path).normalize();
            for (Page other : pages) {
                if (target.equals(other.origin())) {
                    return other.file() + fragment;
                }
            }
            if (!target.startsWith(project) || !Files.exists(target)) {
                throw new IllegalArgumentException("href = \"" + href + "\" on " + page.file() + ": "
                        + target.getFileName() + " is not a page of the site nor a file of the project");
            }
            return REPOSITORY_FILES + project.relativize(target).toString().replace('\\', '/') + fragment;
        }
    }

    /** Rewrites a page's links, except those to files the site holds (other pages, KaTeX). */
    private static void rewriteLinks(Path siteDir, Page page, Links links) throws IOException {
        Path html = siteDir.resolve(page.file());
        String text = Files.readString(html, StandardCharsets.UTF_8);
        Matcher link = HREF.matcher(text);
        StringBuilder rewritten = new StringBuilder();
        while (link.find()) {
            String href = unescape(link.group(1));
            boolean inSite = !href.isEmpty() && !href.contains(":") && Files.isRegularFile(siteDir.resolve(href));
            String target = inSite ? href : links.rewrite(href, page);
            link.appendReplacement(rewritten, Matcher.quoteReplacement("href=\"" + escape(target) + "\""));
        }
        link.appendTail(rewritten);
        Files.writeString(html, rewritten.toString(), StandardCharsets.UTF_8);
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
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

    /** Deletes a directory and everything in it; nothing if it does not exist. */
    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var files = Files.walk(root)) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String unescape(String text) {
        return text.replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
