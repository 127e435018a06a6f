package nll.exercise.content;

import java.util.List;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;
import nll.exercise.Definition;
import nll.exercise.ExerciseSet;
import nll.exercise.Solution;
import nll.information.CrossEntropy;
import nll.information.Entropy;
import nll.information.KlDivergence;

/** Exercises of notebook 07 (cross entropy), their solutions and the mistakes they recognise. */
public final class Notebook07 implements ExerciseSet {

    @Override
    public String notebook() {
        return "07";
    }

    /** The notebook's exercises, in order. */
    @Override
    public List<Definition<?, ?>> exercises() {
        return List.of(bits(), klDivergence(), perplexity());
    }

    private static final double[] P = {0.5, 0.25, 0.125, 0.125};
    private static final double[] Q = {0.1, 0.2, 0.3, 0.4};

    private static double[] uniform(int size) {
        double[] u = new double[size];
        java.util.Arrays.fill(u, 1.0 / size);
        return u;
    }

    private static Definition<ToDoubleFunction<double[]>, Double> bits() {
        Definition.Builder<ToDoubleFunction<double[]>, Double> e =
                Definition.number("07.1", "entropy in bits", ToDoubleFunction.class, "(double[] p) -> entropyBits(p)");
        e.solution(Notebook07.class, Notebook07::entropyBits);
        double[][] cases = {{0.5, 0.5}, P, uniform(27), {1, 0}, {0.7, 0.3, 0}};
        for (double[] p : cases) {
            e.check(
                    "H(" + Cases.text(p) + ")",
                    f -> f.applyAsDouble(p.clone()),
                    Entropy.of(p) / Math.log(2),
                    1e-12,
                    "H = -sum p log2 p over the p > 0; log2 p = ln p / ln 2");
        }
        return e.mistake("nats", "that is the entropy in nats: divide by ln 2 for bits", p -> Entropy.of(p))
                .mistake("0 log 0", "skip the zero probabilities: 0 * log 0 is NaN in Java, but counts as 0", p -> {
                    double h = 0;
                    for (double pi : p) h -= pi * Math.log(pi) / Math.log(2);
                    return h;
                })
                .build();
    }

    @Solution("07.1")
    static double entropyBits(double[] p) {
        double h = 0;
        for (double pi : p) {
            if (pi > 0) {
                h -= pi * Math.log(pi) / Math.log(2);
            }
        }
        return h;
    }

    private static double[][][] pairs() {
        return new double[][][] {
            {P, Q}, {Q, P}, {{0.7, 0.3}, {0.5, 0.5}}, {{0.5, 0.5, 0}, {0.25, 0.25, 0.5}}, {uniform(27), uniform(27)}
        };
    }

    private static Definition<ToDoubleBiFunction<double[], double[]>, Double> klDivergence() {
        Definition.Builder<ToDoubleBiFunction<double[], double[]>, Double> e = Definition.number(
                "07.2",
                "KL divergence of q from p",
                ToDoubleBiFunction.class,
                "(double[] p, double[] q) -> klDivergence(p, q)");
        e.solution(Notebook07.class, Notebook07::klDivergence);
        for (double[][] pq : pairs()) {
            e.check(
                    "KL(" + Cases.text(pq[0]) + " || " + Cases.text(pq[1]) + ")",
                    f -> f.applyAsDouble(pq[0].clone(), pq[1].clone()),
                    KlDivergence.of(pq[0], pq[1]),
                    1e-12,
                    "KL(p || q) = sum p ln(p / q) over the p > 0");
        }
        return e.mistake(
                        "reversed",
                        "KL is not symmetric: the data p comes first, KL(p || q) = sum p ln(p / q)",
                        (p, q) -> KlDivergence.of(q, p))
                .mistake(
                        "cross entropy",
                        "that is the cross entropy H(p, q): subtract the entropy H(p)",
                        (p, q) -> CrossEntropy.of(p, q))
                .build();
    }

    @Solution("07.2")
    static double klDivergence(double[] p, double[] q) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                sum += p[i] * Math.log(p[i] / q[i]);
            }
        }
        return sum;
    }

    private static Definition<ToDoubleBiFunction<double[], double[]>, Double> perplexity() {
        Definition.Builder<ToDoubleBiFunction<double[], double[]>, Double> e = Definition.number(
                "07.3",
                "the perplexity of q on data from p",
                ToDoubleBiFunction.class,
                "(double[] p, double[] q) -> modelPerplexity(p, q)");
        e.solution(Notebook07.class, Notebook07::modelPerplexity);
        double[][][] pairs = {
            {P, Q},
            {uniform(27), uniform(27)},
            {{0.7, 0.3}, {0.7, 0.3}},
            {{1, 0}, {0.25, 0.75}},
            {{0.5, 0.5, 0}, {0.25, 0.25, 0.5}}
        };
        for (double[][] pq : pairs) {
            e.check(
                    "p = " + Cases.text(pq[0]) + ", q = " + Cases.text(pq[1]),
                    f -> f.applyAsDouble(pq[0].clone(), pq[1].clone()),
                    Math.exp(CrossEntropy.of(pq[0], pq[1])),
                    1e-12,
                    "perplexity = e^H(p, q), H in nats");
        }
        return e.mistake(
                        "entropy of p",
                        "the model's perplexity comes from the cross entropy H(p, q), not from H(p)",
                        (p, q) -> Math.exp(Entropy.of(p)))
                .mistake(
                        "2 to the nats",
                        "with natural logs the perplexity is e^H; 2^H needs H in bits",
                        (p, q) -> Math.pow(2, CrossEntropy.of(p, q)))
                .build();
    }

    @Solution("07.3")
    static double modelPerplexity(double[] p, double[] q) {
        double h = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                h -= p[i] * Math.log(q[i]);
            }
        }
        return Math.exp(h);
    }
}
