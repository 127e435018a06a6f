package nll.table;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/** Creates number columns that print with a fixed number of decimals in {@link Locale#ROOT}. */
final class FixedFormat {

    private FixedFormat() {}

    static DoubleColumn column(String name, double[] values, int decimals) {
        DoubleColumn column = DoubleColumn.create(name, values);
        String pattern = decimals == 0 ? "0" : "0." + "0".repeat(decimals);
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        column.setPrintFormatter(new NumberColumnFormatter(format));
        return column;
    }
}
