package nll.kernel.magic;

import java.util.ArrayList;
import java.util.List;
import nll.kernel.eval.Variable;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

/** {@code %vars}: the variables now defined, with type and a short value, as a text table and an HTML table. */
final class VariableTable {

    /** Values longer than this are cut, with "...", so a long list or text keeps the table readable. */
    static final int VALUE_WIDTH = 60;

    private VariableTable() {}

    static DisplayData of(List<Variable> variables) {
        if (variables.isEmpty()) {
            return new DisplayData("no variables are defined");
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"name", "type", "value"});
        variables.forEach(v -> rows.add(new String[] {v.name(), v.type(), shorten(v.value())}));
        DisplayData data = new DisplayData(text(rows));
        data.putData(MIMEType.TEXT_HTML, html(rows));
        return data;
    }

    static String shorten(String value) {
        String oneLine = value.replace("\r", "").replace("\n", "\\n");
        return oneLine.length() <= VALUE_WIDTH ? oneLine : oneLine.substring(0, VALUE_WIDTH - 3) + "...";
    }

    private static String text(List<String[]> rows) {
        int[] widths = new int[3];
        for (String[] row : rows) {
            for (int i = 0; i < 3; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            String line = pad(row[0], widths[0]) + "  " + pad(row[1], widths[1]) + "  " + row[2];
            text.append(line.stripTrailing()).append('\n');
        }
        return text.toString().stripTrailing();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String html(List<String[]> rows) {
        StringBuilder html = new StringBuilder("<table>\n<thead><tr>");
        for (String heading : rows.get(0)) {
            html.append("<th>").append(escape(heading)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (String[] row : rows.subList(1, rows.size())) {
            html.append("<tr>");
            for (String cell : row) {
                html.append("<td>").append(escape(cell)).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
