package nll.notebooks.runner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the site rewrites the links the notebooks were written with, and reads the README's contents table. */
class SiteLinksTest {
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final List<Site.Page> PAGES = List.of(
            new Site.Page("00 · Setup", Path.of("target/executed/00-setup.ipynb"), "00-setup.html"),
            new Site.Page("01 · Probability", Path.of("target/executed/01-probability.ipynb"), "01-probability.html"));
    private static final List<Site.Page> DOCUMENTS =
            List.of(new Site.Page("Glossary", Path.of("target/GLOSSARY.ipynb"), "GLOSSARY.html"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "01-probability.ipynb, 01-probability.html",
            "01-probability.ipynb#The-normal, 01-probability.html#The-normal",
            "GLOSSARY.md#likelihood, GLOSSARY.html#likelihood",
            "../README.md, index.html",
            "../README.md#contents, index.html#contents",
            "#Summary, #Summary",
            "https://jiselectric.github.io/, https://jiselectric.github.io/",
            "../data/README.md, " + Site.REPOSITORY_FILES + "data/README.md",
    })
    void linksPointAtPagesOfTheSiteOrAtTheRepository(String href, String expected) {
        assertEquals(expected, rewrite(href));
    }

    @Test
    void aLinkToNothingFailsNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rewrite("08-missing.ipynb"));
        assertTrue(e.getMessage().startsWith("href = \"08-missing.ipynb\""), e.getMessage());
    }

    @Test
    void theContentsTableGivesEachNotebookItsDescription(@TempDir Path temp) throws IOException {
        Path readme = temp.resolve("README.md");
        Files.writeString(readme, String.join("\n", "# Title", "", "| Notebook | What it teaches |",
                "| --- | --- |", "| [00 · Setup](notebooks/00-setup.ipynb) | Run it first. |", ""));
        assertEquals(Map.of("00-setup.ipynb", "Run it first."), Site.contents(readme));
        Files.writeString(readme, "# Title\n\nNo table.\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Site.contents(readme));
        assertTrue(e.getMessage().startsWith("readme = " + readme), e.getMessage());
    }

    private static String rewrite(String href) {
        return Site.rewriteLink(href, PAGES, DOCUMENTS, PROJECT.resolve("notebooks"), PROJECT.resolve("README.md"));
    }
}
