package nll.notebooks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nll.process.CommandResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The site as a reader sees it: written from the notebooks as the tests executed them ({@link NotebookPass}), served
 * over HTTP from 127.0.0.1 and opened page by page in headless Chromium with every other host blocked
 * (src/test/js/check-site.mjs). Each page must render every formula it contains, leave no TeX delimiter in its
 * text and no Markdown link written out as text, decode every image, answer 200 for every internal link and
 * request nothing from another host.
 */
@Isolated // it needs the notebook pass, which runs two notebooks at once
@Order(3)
class SiteBrowserEndToEndTest {
    static final Path SITE = Path.of("target/site");
    private static final Path CHECK = Path.of("src/test/js/check-site.mjs");

    @TestFactory
    Stream<DynamicTest> everyPageRendersItsMathImagesAndLinksOffline() throws IOException {
        NodeTools.requireBrowserTools();
        // A fresh directory: a file left from an earlier build must not make a broken site pass.
        Site.deleteTree(SITE);
        // The notebooks as the tests' one execution left them, which NotebooksEndToEndTest checks.
        List<NotebookFile> notebooks = IntStream.range(
                        0, NotebookPass.notebooks().size())
                .mapToObj(i -> NotebookPass.result(i).split().executed())
                .toList();
        new Site(ProjectKernel.jupyter(), NotebooksEndToEndTest.NOTEBOOKS, Readme.read(Path.of("../README.md")))
                .export(notebooks, SITE);
        CommandResult check = NodeTools.node(List.of(CHECK.toString(), SITE.toString()), 300);
        assertEquals(0, check.exitCode(), "the browser check failed:\n" + check.output());
        List<JsonObject> pages = new ArrayList<>();
        for (String line : check.stdout().lines().toList()) {
            if (line.startsWith("{")) {
                pages.add(JsonParser.parseString(line).getAsJsonObject());
            }
        }
        assertEquals(
                notebooks.size() + 1 + markdownDocuments(),
                pages.size(),
                "pages checked, one per notebook and document plus the index:\n" + check.stdout());
        return pages.stream()
                .map(page -> DynamicTest.dynamicTest(page.get("page").getAsString(), () -> {
                    String report = page.toString();
                    assertEquals(200, page.get("status").getAsInt(), report);
                    assertEquals(
                            page.get("formulasWritten").getAsInt(),
                            page.get("formulasRendered").getAsInt(),
                            "every formula in the page's text is rendered by KaTeX: " + report);
                    assertEquals(0, page.get("katexErrors").getAsInt(), "KaTeX could not parse a formula: " + report);
                    assertTrue(
                            page.getAsJsonArray("rawDelimiters").isEmpty(),
                            "TeX delimiters left in the text: " + report);
                    assertTrue(
                            page.getAsJsonArray("rawMarkdownLinks").isEmpty(),
                            "Markdown link syntax shown as text instead of a link: " + report);
                    assertTrue(page.getAsJsonArray("brokenImages").isEmpty(), "images that did not decode: " + report);
                    assertTrue(
                            page.getAsJsonArray("badLinks").isEmpty(),
                            "internal links that do not answer 200: " + report);
                    assertTrue(
                            page.getAsJsonArray("blockedRequests").isEmpty(),
                            "the page asked for something from another host: " + report);
                    assertTrue(page.getAsJsonArray("pageErrors").isEmpty(), "script errors on the page: " + report);
                    assertTrue(
                            page.getAsJsonArray("failedRequests").isEmpty(),
                            "files of the site the page could not load: " + report);
                    if (page.get("page").getAsString().matches("\\d\\d-.*")) {
                        assertTrue(
                                page.get("internalLinks").getAsInt() > 0,
                                "a notebook page links to the index: " + report);
                    }
                }));
    }

    private static long markdownDocuments() {
        try (Stream<Path> files = Files.list(NotebooksEndToEndTest.NOTEBOOKS)) {
            return files.filter(file -> file.toString().endsWith(".md")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
