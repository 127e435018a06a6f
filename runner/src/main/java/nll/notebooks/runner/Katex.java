package nll.notebooks.runner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KaTeX, the math renderer of the site, copied out of its webjar (shaded into the runner, version pinned in the
 * parent pom) so the pages render math with no network: the script, its auto-render extension, the style sheet
 * and every font the style sheet names.
 */
final class Katex {
    private static final Pattern FONT_URL = Pattern.compile("url\\((fonts/[^)]+)\\)");

    private Katex() {}

    /** The KaTeX version the runner was built with. */
    static String version() {
        try (InputStream in = Katex.class.getResourceAsStream("katex.properties")) {
            if (in == null) {
                throw new IllegalStateException("katex.properties is missing from the runner's class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies KaTeX into {@code target}: katex.min.js, katex.min.css, contrib/auto-render.min.js and fonts/. */
    static void copyTo(Path target) throws IOException {
        String dist = "/META-INF/resources/webjars/katex/" + version() + "/dist/";
        for (String file : new String[] {"katex.min.js", "katex.min.css", "contrib/auto-render.min.js"}) {
            Site.copyResource(dist + file, target.resolve(file));
        }
        String css = Files.readString(target.resolve("katex.min.css"), StandardCharsets.UTF_8);
        for (String font : fonts(css)) {
            Site.copyResource(dist + font, target.resolve(font));
        }
        Site.copyResource("/META-INF/resources/webjars/katex/" + version() + "/LICENSE", target.resolve("LICENSE"));
    }

    /** The font files a KaTeX style sheet loads, relative to it. */
    static Set<String> fonts(String css) {
        Set<String> fonts = new TreeSet<>();
        Matcher url = FONT_URL.matcher(css);
        while (url.find()) {
            fonts.add(url.group(1));
        }
        if (fonts.isEmpty()) {
            throw new IllegalArgumentException("css names no fonts/ files: it is not KaTeX's style sheet");
        }
        return fonts;
    }
}
