package nll.bigram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nll.validation.Require;

/**
 * A list of names, each a non-empty string of the letters {@code 'a'}-{@code 'z'}: the training data of the bigram
 * model. Immutable.
 */
public final class Names {

    private final List<String> names;

    private Names(List<String> names) {
        this.names = List.copyOf(names);
    }

    /**
     * Reads a names file: UTF-8 text, one name per line.
     *
     * @param file the file, e.g. {@code Path.of("data/names.txt")}
     * @return the names in file order
     * @throws IllegalArgumentException if the file is missing, empty, not UTF-8, or a line is empty or has a character
     *     other than {@code 'a'}-{@code 'z'}; the message names the file, the line number and the character
     * @throws UncheckedIOException if the file exists but cannot be read
     */
    public static Names load(Path file) {
        Require.nonNull("file", file, "a path to a names file");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("names file " + file + " does not exist", e);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("names file " + file + " is not valid UTF-8 text", e);
        } catch (IOException e) {
            throw new UncheckedIOException("names file " + file + " cannot be read", e);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("names file " + file + " is empty: it must hold one name per line");
        }
        for (int i = 0; i < lines.size(); i++) {
            check(lines.get(i), "line " + (i + 1) + " of " + file);
        }
        return new Names(lines);
    }

    /**
     * Names given in code, checked like the lines of a file.
     *
     * @param names at least one name, each made of {@code 'a'}-{@code 'z'}
     * @return the names in the given order
     * @throws IllegalArgumentException if the list is null or empty, or a name is null, empty or has a character other
     *     than {@code 'a'}-{@code 'z'}; the message gives the position of the name
     */
    public static Names of(List<String> names) {
        Require.nonNull("names", names, "a list of names");
        if (names.isEmpty()) {
            throw new IllegalArgumentException("names = " + names + " must hold at least one name");
        }
        List<String> copy = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String where = "names[" + i + "]";
            check(Require.nonNull(where, name, "a name"), where);
            copy.add(name);
        }
        return new Names(copy);
    }

    /** Names given in code; see {@link #of(List)}. */
    public static Names of(String... names) {
        return of(Arrays.asList(Require.nonNull("names", names, "an array of names")));
    }

    private static void check(String name, String where) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException(where + " is empty: a name needs at least one letter");
        }
        name.codePoints().filter(c -> !Vocabulary.isLetter(c)).findFirst().ifPresent(c -> {
            String reason = c == Vocabulary.BOUNDARY
                    ? "the boundary token '.', which marks the start and end of a name and cannot occur inside one"
                    : "character " + Vocabulary.describe(c) + " outside the vocabulary '.', 'a'-'z'";
            throw new IllegalArgumentException(where + ": '" + name + "' has " + reason);
        });
    }

    /** Number of names. */
    public int size() {
        return names.size();
    }

    /**
     * The name at a position.
     *
     * @param index 0 to {@code size() - 1}
     * @return the name
     */
    public String get(int index) {
        if (index < 0 || index >= names.size()) {
            throw new IllegalArgumentException("index = " + index + " must be in [0, " + (names.size() - 1) + "]");
        }
        return names.get(index);
    }

    /** All names, in order, as an unmodifiable list. */
    public List<String> asList() {
        return names;
    }
}
