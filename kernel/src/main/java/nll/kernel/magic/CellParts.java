package nll.kernel.magic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell cut into what runs in order: Java code, line magics ({@code %name args} on a line of their own) and,
 * on the cell's first line only, a cell magic ({@code %%name args} followed by its body).
 * <p>
 * A line is a magic only where a magic can be: at the top level of the cell, after a finished statement or
 * declaration (or at the start of the cell, or after another magic line). A line that starts with {@code %} inside
 * a text block, a comment, brackets or an expression continued from the line before is Java.
 */
public final class CellParts {

    /** One part of a cell; {@code firstLine} counts from 1 within the cell. */
    public interface Part {
        int firstLine();
    }

    public record Code(String source, int firstLine) implements Part {}

    public record LineMagic(String name, List<String> args, int firstLine) implements Part {}

    public record CellMagic(String name, List<String> args, String body, int firstLine) implements Part {}

    private static final Pattern LINE_MAGIC = Pattern.compile("^\\s*%(\\w[\\w.-]*)(.*)$");
    private static final Pattern CELL_MAGIC = Pattern.compile("^\\s*%%(\\w[\\w.-]*)(.*)$");

    private CellParts() {}

    public static List<Part> split(String cell) {
        List<String> lines = cell.lines().toList();
        if (!lines.isEmpty()) {
            Matcher cellMagic = CELL_MAGIC.matcher(lines.get(0));
            if (cellMagic.matches()) {
                String body = String.join("\n", lines.subList(1, lines.size()));
                return List.of(new CellMagic(cellMagic.group(1), splitArguments(cellMagic.group(2)), body, 1));
            }
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        int codeStart = 1;
        boolean[] magicLines = magicLines(lines);
        for (int i = 0; i < lines.size(); i++) {
            Matcher lineMagic = LINE_MAGIC.matcher(lines.get(i));
            if (magicLines[i] && lineMagic.matches()) {
                addCode(parts, code, codeStart);
                parts.add(new LineMagic(lineMagic.group(1), splitArguments(lineMagic.group(2)), i + 1));
                codeStart = i + 2;
            } else {
                code.append(lines.get(i)).append('\n');
            }
        }
        addCode(parts, code, codeStart);
        return parts;
    }

    private static void addCode(List<Part> parts, StringBuilder code, int firstLine) {
        if (!code.toString().isBlank()) {
            parts.add(new Code(code.toString(), firstLine));
        }
        code.setLength(0);
    }

    /**
     * The cell with every magic line replaced by spaces of the same length, so that the Java code keeps its
     * offsets for completion and source analysis.
     */
    public static String blankMagicLines(String cell) {
        StringBuilder out = new StringBuilder(cell.length());
        boolean[] magicLines = magicLines(cell.lines().toList());
        int lineStart = 0;
        int lineIndex = 0;
        while (lineStart <= cell.length()) {
            int lineEnd = cell.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = cell.length();
            }
            String line = cell.substring(lineStart, lineEnd);
            boolean magic = lineIndex < magicLines.length && magicLines[lineIndex];
            out.append(magic ? " ".repeat(line.length()) : line);
            if (lineEnd < cell.length()) {
                out.append('\n');
            }
            lineStart = lineEnd + 1;
            lineIndex++;
        }
        return out.toString();
    }

    /** Which lines are line magics: those that look like one and stand where a magic can be. */
    private static boolean[] magicLines(List<String> lines) {
        boolean[] magic = new boolean[lines.size()];
        JavaScanner java = new JavaScanner();
        for (int i = 0; i < lines.size(); i++) {
            magic[i] = java.atTopLevelBoundary()
                    && LINE_MAGIC.matcher(lines.get(i)).matches();
            if (!magic[i]) {
                java.scan(lines.get(i));
            }
        }
        return magic;
    }

    /**
     * Follows Java source line by line just far enough to tell whether the next line starts at the top level,
     * after a finished statement: outside comments, text blocks and brackets, with the last code character a
     * {@code ;} or {@code }} (or no code at all so far). String and character literals end at their line.
     */
    private static final class JavaScanner {
        private boolean inBlockComment;
        private boolean inTextBlock;
        private int depth;
        private char lastCode;

        boolean atTopLevelBoundary() {
            return !inBlockComment
                    && !inTextBlock
                    && depth == 0
                    && (lastCode == 0 || lastCode == ';' || lastCode == '}');
        }

        void scan(String line) {
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (inBlockComment) {
                    if (line.startsWith("*/", i)) {
                        inBlockComment = false;
                        i += 2;
                    } else {
                        i++;
                    }
                } else if (inTextBlock) {
                    if (c == '\\') {
                        i += 2;
                    } else if (line.startsWith("\"\"\"", i)) {
                        inTextBlock = false;
                        lastCode = '"';
                        i += 3;
                    } else {
                        i++;
                    }
                } else if (line.startsWith("//", i)) {
                    return;
                } else if (line.startsWith("/*", i)) {
                    inBlockComment = true;
                    i += 2;
                } else if (line.startsWith("\"\"\"", i)) {
                    inTextBlock = true;
                    i += 3;
                } else if (c == '"' || c == '\'') {
                    i = endOfLiteral(line, i);
                    lastCode = c;
                } else {
                    if (c == '(' || c == '[' || c == '{') {
                        depth++;
                    } else if (c == ')' || c == ']' || c == '}') {
                        depth = Math.max(0, depth - 1);
                    }
                    if (!Character.isWhitespace(c)) {
                        lastCode = c;
                    }
                    i++;
                }
            }
        }

        /** The index after the literal that opens at {@code start}, or the line's end if it does not close. */
        private static int endOfLiteral(String line, int start) {
            char quote = line.charAt(start);
            int i = start + 1;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (c == '\\') {
                    i += 2;
                } else if (c == quote) {
                    return i + 1;
                } else {
                    i++;
                }
            }
            return line.length();
        }
    }

    /** Splits at whitespace; double quotes group words, and a backslash makes the next character literal. */
    static List<String> splitArguments(String text) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inQuotes = false;
        boolean inArgument = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                current.append(text.charAt(++i));
                inArgument = true;
            } else if (c == '"') {
                inQuotes = !inQuotes;
                inArgument = true;
            } else if (Character.isWhitespace(c) && !inQuotes) {
                if (inArgument) {
                    args.add(current.toString());
                    current.setLength(0);
                    inArgument = false;
                }
            } else {
                current.append(c);
                inArgument = true;
            }
        }
        if (inQuotes) {
            throw new IllegalArgumentException("unclosed double quote in magic arguments: " + text.strip());
        }
        if (inArgument) {
            args.add(current.toString());
        }
        return args;
    }
}
