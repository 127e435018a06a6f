package nll.notebooks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the site rewrites the links the notebooks and the README were written with, and reads the README. */
class SiteLinksTest {
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Path NOTEBOOKS = PROJECT.resolve("notebooks");
    private static final Site.Page SETUP =
            new Site.Page("00 · Setup", NOTEBOOKS.resolve("00-setup.ipynb"), "00-setup.html", NOTEBOOKS);
    private static final Site.Page INDEX =
            new Site.Page("nll-notebooks", PROJECT.resolve("README.md"), "index.html", PROJECT);
    private static final Site.Links LINKS = new Site.Links(
            List.of(
                    SETUP,
                    new Site.Page(
                            "01 · Probability",
                            NOTEBOOKS.resolve("01-probability.ipynb"),
                            "01-probability.html",
                            NOTEBOOKS),
                    new Site.Page("Glossary", NOTEBOOKS.resolve("GLOSSARY.md"), "GLOSSARY.html", NOTEBOOKS),
                    INDEX),
            PROJECT);

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
    void linksOnANotebookPointAtPagesOfTheSiteOrAtTheRepository(String href, String expected) {
        assertEquals(expected, LINKS.rewrite(href, SETUP));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "notebooks/01-probability.ipynb, 01-probability.html",
        "notebooks/GLOSSARY.md, GLOSSARY.html",
        "data/README.md, " + Site.REPOSITORY_FILES + "data/README.md",
    })
    void linksOnTheFrontPageAreReadFromTheProjectsRoot(String href, String expected) {
        assertEquals(expected, LINKS.rewrite(href, INDEX));
    }

    @Test
    void aLinkToNothingFailsNamingIt() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> LINKS.rewrite("08-missing.ipynb", SETUP));
        assertTrue(e.getMessage().startsWith("href = \"08-missing.ipynb\" on 00-setup.html"), e.getMessage());
    }

    @Test
    void theReadmeGivesTheTitleTheIntroductionAndEachNotebooksDescription(@TempDir Path temp) throws IOException {
        Path readme = temp.resolve("README.md");
        Files.writeString(readme, """
                # Title

                Read [the post](https://example.org/)
                and `run` it.

                Second paragraph.

                ## Contents

                | Notebook | What it teaches |
                | --- | --- |
                | [00 · Setup](notebooks/00-setup.ipynb) | Run it **first**. |
                """);
        Readme read = Readme.read(readme);
        assertEquals("Title", read.title());
        assertEquals(
                List.of("Read [the post](https://example.org/)\nand `run` it.", "Second paragraph."),
                read.introduction());
        assertEquals(Map.of("00-setup.ipynb", "Run it **first**."), read.contents());
        IllegalArgumentException missing =
                assertThrows(IllegalArgumentException.class, () -> read.description("01-x.ipynb"));
        assertTrue(missing.getMessage().startsWith("notebookFileName = 01-x.ipynb"), missing.getMessage());
    }

    @Test
    void aReadmeWithoutAContentsTableFailsNamingIt(@TempDir Path temp) throws IOException {
        Path readme = temp.resolve("README.md");
        Files.writeString(readme, "# Title\n\nNo table.\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Readme.read(readme));
        assertTrue(e.getMessage().startsWith("readme = " + readme + " has no contents table"), e.getMessage());
    }
}
