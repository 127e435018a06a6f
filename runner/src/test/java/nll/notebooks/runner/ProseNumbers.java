package nll.notebooks.runner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a notebook's prose states, each of which must be backed by the notebook itself.
 *
 * <p>A number in a markdown cell is backed when some number in the notebook's code, or in its code cells'
 * outputs, rounds to it at the precision the prose writes it with: "2.4544" is backed by an output 2.454383,
 * "11.6" by 11.63, "229,804" by 229804, "8e-5" by 7.9e-05. A number followed by "%" is also backed by an output
 * one hundredth of it. Integers up to 10 and a short list of structural constants need no backing. Link targets,
 * HTML tags, inline code and ISO dates are not prose; nor is an "Exercises" section, which states tasks, not results.
 */
final class ProseNumbers {
    /** Constants of the series' design, stated rather than computed. Each entry is a reviewed decision. */
    static final Set<BigDecimal> STRUCTURAL = Set.of(
            new BigDecimal("26"), // the letters a to z
            new BigDecimal("0.01"), // the post's regulariser weight lambda
            new BigDecimal("27"), // the bigram vocabulary: 26 letters and the boundary mark
            new BigDecimal("42"), // the seed: NumPy's for the post's five points, ours for the split of 08
            new BigDecimal("80"), // the training share of 08's 80/10/10 split
            new BigDecimal("100"), // percentages and "out of 100"
            new BigDecimal("729"), // 27 x 27: the bigram counts and the weights of W
            new BigDecimal("1000"), // the post's number of training steps
            new BigDecimal("2025"), // the year of the post
            new BigDecimal("32033"), // makemore's names.txt, for which ours substitutes: its names
            new BigDecimal("228146")); // and its bigrams, quoted so readers can compare; not computed here

    private static final BigDecimal SMALL_INTEGER_LIMIT = BigDecimal.TEN;

    private static final Pattern NUMBER =
            Pattern.compile("(?<![\\w.])(~)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:[eE]([-+]?\\d+))?(\\s*%)?");
    /** Names that contain digits but state no number of this notebook's: "the 68-95-99.7 rule", "32-bit". */
    private static final Pattern NAMES_WITH_DIGITS = Pattern.compile("68-95-99\\.7|\\b\\d+-bit\\b");
    /** Java's digit separator: the code's 200_000 is the prose's 200,000. */
    private static final Pattern CODE_DIGIT_SEPARATOR = Pattern.compile("(?<=\\d)_(?=\\d)");

    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");
    /** Inline code quotes code (`np.random.seed(42)`), which states no result. */
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** LaTeX's "229{,}804" is the prose's "229,804". */
    private static final Pattern LATEX_GROUPING = Pattern.compile("\\{,\\}");
    /**
     * "7.0 \\times 10^{-7}" and "7.0 × 10^-7" are the prose's "7.0e-7". A bare "10^{-12}" states an order of
     * magnitude: it is backed by any number from 1e-12 up to, not including, 1e-11.
     */
    private static final Pattern TIMES_POWER_OF_TEN =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:\\\\times|\\\\cdot|×|·)\\s*10\\^\\{?([-−]?\\d+)\\}?");

    private static final Pattern POWER_OF_TEN = Pattern.compile("(?<![\\d.])10\\^\\{?([-−]?\\d+)\\}?");
    /** "10^{-265.3}" states its exponent, -265.3, which is what must be backed. */
    private static final Pattern FRACTIONAL_POWER_OF_TEN = Pattern.compile("(?<![\\d.])10\\^\\{([-−]?\\d+\\.\\d+)\\}");

    private static final Pattern EXERCISES_HEADING = Pattern.compile("(?m)^#{1,3}\\s+Exercises\\b");

    /** One number as written, with the last decimal place it is written to. */
    record Stated(String text, String context, BigDecimal value, BigDecimal unit, boolean percent, boolean order) {
        boolean backedBy(BigDecimal candidate) {
            BigDecimal magnitude = candidate.abs();
            if (order) {
                return magnitude.compareTo(value) >= 0 && magnitude.compareTo(value.scaleByPowerOfTen(1)) < 0;
            }
            return roundsTo(magnitude) || (percent && roundsTo(magnitude.movePointRight(2)));
        }

        private boolean roundsTo(BigDecimal magnitude) {
            if (magnitude.compareTo(value) == 0) {
                return true;
            }
            for (RoundingMode mode : List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN)) {
                BigDecimal steps = magnitude.divide(unit).setScale(0, mode);
                if (steps.multiply(unit).compareTo(value) == 0) {
                    return true;
                }
            }
            return false;
        }

        boolean needsBacking() {
            boolean integer = value.stripTrailingZeros().scale() <= 0;
            return !(integer && value.compareTo(SMALL_INTEGER_LIMIT) <= 0)
                    && STRUCTURAL.stream().noneMatch(constant -> constant.compareTo(value) == 0);
        }
    }

    /** A stated number that nothing in the notebook backs. */
    record Unbacked(int cell, String number, String context) {}

    private ProseNumbers() {}

    /** Every number in {@code markdown}, in order, leaving out what is not prose. */
    static List<Stated> stated(String markdown) {
        String prose = LINK_TARGET.matcher(markdown).replaceAll("]");
        prose = URL.matcher(prose).replaceAll(" ");
        prose = HTML_TAG.matcher(prose).replaceAll(" ");
        prose = INLINE_CODE.matcher(prose).replaceAll(" ");
        prose = ISO_DATE.matcher(prose).replaceAll(" ");
        prose = LATEX_GROUPING.matcher(prose).replaceAll(",");
        prose = TIMES_POWER_OF_TEN
                .matcher(prose)
                .replaceAll(m -> m.group(1) + "e" + m.group(2).replace('−', '-'));
        prose = FRACTIONAL_POWER_OF_TEN
                .matcher(prose)
                .replaceAll(m -> " " + m.group(1).replace('−', '-') + " ");
        prose = POWER_OF_TEN.matcher(prose).replaceAll(m -> "~1e" + m.group(1).replace('−', '-'));
        prose = NAMES_WITH_DIGITS.matcher(prose).replaceAll(" ");
        List<Stated> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(prose);
        while (matcher.find()) {
            BigDecimal value = valueOf(matcher);
            String fraction = matcher.group(3) == null ? "" : matcher.group(3);
            int exponent = matcher.group(4) == null ? 0 : Integer.parseInt(matcher.group(4));
            int decimals = fraction.isEmpty() ? 0 : fraction.length() - 1;
            BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(exponent - decimals);
            String context =
                    prose.substring(Math.max(0, matcher.start() - 30), Math.min(prose.length(), matcher.end() + 30));
            numbers.add(new Stated(
                    matcher.group().strip(),
                    context.replaceAll("\\s+", " ").strip(),
                    value,
                    unit,
                    matcher.group(5) != null,
                    matcher.group(1) != null));
        }
        return numbers;
    }

    /** Every number in code or output text, as a candidate to back the prose. */
    static List<BigDecimal> candidates(String text) {
        List<BigDecimal> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(CODE_DIGIT_SEPARATOR.matcher(text).replaceAll(""));
        while (matcher.find()) {
            numbers.add(valueOf(matcher));
        }
        return numbers;
    }

    private static BigDecimal valueOf(Matcher number) {
        String digits = number.group(2).replace(",", "");
        String fraction = number.group(3) == null ? "" : number.group(3);
        int exponent = number.group(4) == null ? 0 : Integer.parseInt(number.group(4));
        return new BigDecimal(digits + fraction).scaleByPowerOfTen(exponent);
    }

    /** The numbers in {@code notebook}'s prose that neither its code nor its outputs back, in cell order. */
    static List<Unbacked> unbacked(NotebookFile notebook) {
        List<BigDecimal> candidates = new ArrayList<>();
        for (int cell = 0; cell < notebook.cellCount(); cell++) {
            if (notebook.cellType(cell).equals("code")) {
                candidates.addAll(candidates(notebook.source(cell)));
                for (CellOutput output : notebook.outputs(cell)) {
                    candidates.addAll(candidates(output.text()));
                }
            }
        }
        List<Unbacked> unbacked = new ArrayList<>();
        for (int cell = 0; cell < notebook.cellCount(); cell++) {
            if (!notebook.cellType(cell).equals("markdown")) {
                continue;
            }
            String source = notebook.source(cell);
            if (EXERCISES_HEADING.matcher(source).find()) {
                break;
            }
            for (Stated number : stated(source)) {
                if (number.needsBacking() && candidates.stream().noneMatch(number::backedBy)) {
                    unbacked.add(new Unbacked(cell, number.text(), number.context()));
                }
            }
        }
        return unbacked;
    }
}
