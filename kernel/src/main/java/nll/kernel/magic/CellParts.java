package nll.kernel.magic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell cut into what runs in order: Java code, line magics ({@code %name args} on a line of their own) and,
 * on the cell's first line only, a cell magic ({@code %%name args} followed by its body).
 */
public final class CellParts {

    /** One part of a cell; {@code firstLine} counts from 1 within the cell. */
    public interface Part {
        int firstLine();
    }

    public record Code(String source, int firstLine) implements Part {
    }

    public record LineMagic(String name, List<String> args, int firstLine) implements Part {
    }

    public record CellMagic(String name, List<String> args, String body, int firstLine) implements Part {
    }

    private static final Pattern LINE_MAGIC = Pattern.compile("^\\s*%(\\w[\\w.-]*)(.*)$");
    private static final Pattern CELL_MAGIC = Pattern.compile("^\\s*%%(\\w[\\w.-]*)(.*)$");

    private CellParts() {
    }

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
        for (int i = 0; i < lines.size(); i++) {
            Matcher lineMagic = LINE_MAGIC.matcher(lines.get(i));
            if (lineMagic.matches()) {
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
        int lineStart = 0;
        while (lineStart <= cell.length()) {
            int lineEnd = cell.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = cell.length();
            }
            String line = cell.substring(lineStart, lineEnd);
            out.append(LINE_MAGIC.matcher(line).matches() ? " ".repeat(line.length()) : line);
            if (lineEnd < cell.length()) {
                out.append('\n');
            }
            lineStart = lineEnd + 1;
        }
        return out.toString();
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
