package nll.exercise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source text of a solution, read from the very {@code .java} file it was compiled from, which the build packs
 * into the jar beside the classes: the text a learner is shown cannot drift from the code the checks trust.
 * <p>
 * The solution is the method marked {@code @Solution("NN.K")}, from the marker's end to the brace that
 * closes the method's body, found by counting braces outside comments and literals: it depends on the marker, not on
 * indentation or line breaks, so a formatter's pass leaves it found.
 */
final class SolutionSource {

    private SolutionSource() {}

    /**
     * The method marked {@code @Solution(id)} in the exercise's source class, without its common indentation and with
     * its {@code static} modifier removed, as a learner would type it in a cell.
     *
     * @throws IllegalStateException if the source or the marked method is not there
     */
    static String of(Definition<?, ?> exercise) {
        String file = exercise.source().getSimpleName() + ".java";
        return of(read(exercise.source(), file), exercise.id(), file);
    }

    /**
     * The solution marked {@code @Solution(id)} in the Java source {@code text}.
     *
     * @param file the file's name, for the error
     */
    static String of(String text, String id, String file) {
        Matcher marker = Pattern.compile("@Solution\\(\\s*(?:value\\s*=\\s*)?\"" + Pattern.quote(id) + "\"\\s*\\)")
                .matcher(text);
        if (!marker.find()) {
            throw new IllegalStateException("no method marked @Solution(\"" + id + "\") in " + file);
        }
        int start = marker.end();
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = endOfBody(text, start);
        if (end < 0) {
            throw new IllegalStateException("the method marked @Solution(\"" + id + "\") in " + file + " has no body");
        }
        int indent = marker.start() - (text.lastIndexOf('\n', marker.start()) + 1);
        return asTyped(text.substring(start, end + 1), indent);
    }

    /** The index of the brace that closes the first body opened from {@code from}, or -1. */
    private static int endOfBody(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' && text.startsWith("//", i)) {
                i = Math.max(i, text.indexOf('\n', i));
                if (i < 0) {
                    return -1;
                }
            } else if (c == '/' && text.startsWith("/*", i)) {
                i = text.indexOf("*/", i + 2) + 1;
                if (i <= 0) {
                    return -1;
                }
            } else if (c == '"' || c == '\'') {
                i = endOfLiteral(text, i, c);
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the quote that closes the string or character literal opened at {@code open}. */
    private static int endOfLiteral(String text, int open, char quote) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return text.length();
    }

    /**
     * The method, its lines after the first without the marker's indentation, and without {@code static}, ending in a
     * line break.
     */
    private static String asTyped(String method, int indent) {
        String[] lines = method.split("\r?\n", -1);
        StringBuilder text = new StringBuilder(lines[0].stripTrailing()).append('\n');
        for (int k = 1; k < lines.length; k++) {
            String line = lines[k];
            int blank = line.length() - line.stripLeading().length();
            text.append(line.substring(Math.min(indent, blank)).stripTrailing()).append('\n');
        }
        return text.toString().replaceFirst("^((?:public |private |protected )?)static ", "$1");
    }

    private static String read(Class<?> source, String file) {
        try (InputStream in = source.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not in the library jar: build it with mvn package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
