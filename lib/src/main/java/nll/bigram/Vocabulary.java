package nll.bigram;

import java.util.Locale;
import nll.validation.Require;

/**
 * The 27 tokens of the bigram character model: the boundary token {@code '.'} at index 0, which marks both the
 * start and the end of a name, followed by the letters {@code 'a'} to {@code 'z'} at indices 1 to 26.
 *
 * <p>These are exactly the characters of {@code data/names.txt}: every one of the 26 letters occurs in it and nothing
 * else does. A bigram {@code (i, j)} is the token at index {@code j} following the token at index {@code i}.
 */
public final class Vocabulary {

    /** The token that starts and ends every name, at index 0. */
    public static final char BOUNDARY = '.';

    /** Number of tokens: the boundary plus 26 letters. */
    public static final int SIZE = 27;

    private Vocabulary() {}

    /**
     * Index of a token.
     *
     * @param token {@code '.'} or a letter {@code 'a'}-{@code 'z'}
     * @return 0 for {@code '.'}, {@code token - 'a' + 1} for a letter
     * @throws IllegalArgumentException if the token is outside the vocabulary
     */
    public static int indexOf(char token) {
        if (token == BOUNDARY) {
            return 0;
        }
        if (isLetter(token)) {
            return token - 'a' + 1;
        }
        throw new IllegalArgumentException("token = " + describe(token) + " is outside the vocabulary '.', 'a'-'z'");
    }

    /**
     * Token at an index.
     *
     * @param index 0 to 26
     * @return {@code '.'} for 0, otherwise the letter {@code 'a' + index - 1}
     * @throws IllegalArgumentException if the index is outside [0, 26]
     */
    public static char tokenAt(int index) {
        Require.index("index", index, SIZE);
        return index == 0 ? BOUNDARY : (char) ('a' + index - 1);
    }

    /**
     * The two-character label of a bigram, e.g. {@code bigram(0, 5)} is {@code ".e"}.
     *
     * @param previous index of the first token
     * @param next index of the token that follows it
     * @return the two tokens as a string
     */
    public static String bigram(int previous, int next) {
        return String.valueOf(new char[] {tokenAt(previous), tokenAt(next)});
    }

    /** Whether a character may appear inside a name: the letters {@code 'a'}-{@code 'z'}. */
    static boolean isLetter(int codePoint) {
        return codePoint >= 'a' && codePoint <= 'z';
    }

    /** A character as a quoted literal plus its code point, so that invisible characters can be identified. */
    static String describe(int codePoint) {
        return "'" + new String(Character.toChars(codePoint)) + "' (U+" + String.format(Locale.ROOT, "%04X", codePoint)
                + ")";
    }
}
