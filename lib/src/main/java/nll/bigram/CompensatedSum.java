package nll.bigram;

/**
 * Neumaier's compensated summation: the rounding error of each addition is carried in a second term, so a sum of
 * hundreds of thousands of terms is accurate to a few units in the last place instead of drifting with the count.
 */
final class CompensatedSum {

    private double sum;
    private double compensation;

    void add(double x) {
        double t = sum + x;
        if (Math.abs(sum) >= Math.abs(x)) {
            compensation += (sum - t) + x;
        } else {
            compensation += (x - t) + sum;
        }
        sum = t;
    }

    void add(CompensatedSum other) {
        add(other.sum);
        add(other.compensation);
    }

    /** The sum; an infinite term makes it infinite (its compensation, inf - inf, would be NaN and is ignored). */
    double value() {
        return Double.isInfinite(sum) ? sum : sum + compensation;
    }
}
