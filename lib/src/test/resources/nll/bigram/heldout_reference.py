"""Independent reference values for notebooks 08 and 09 and nll.bigram's held-out classes, with NumPy in float64.

Run from the repository root (about a minute):
    /usr/bin/python3 lib/src/test/resources/nll/bigram/heldout_reference.py data/names.txt

It shares no code with the Java library: it reimplements the split (SplitMix64 and a Fisher-Yates shuffle), counts
the bigrams of each part, and scores +alpha smoothing and the penalised neural model on the development and test
names, the penalised model minimised exactly by Newton's method on all 27 rows at once, or, without a penalty, by
the post's gradient descent. Each output line is "key value". HeldOutReferenceTest runs it and compares.
"""
import math
import sys

import numpy as np

MASK = (1 << 64) - 1
SEED = 42
ALPHA_EXPONENTS = [k / 8 for k in range(-24, 17)]  # alpha = 10^e, 0.001 to 100
LAMBDA_EXPONENTS = [k / 4 for k in range(-20, 1)]  # lambda = 10^e, 0.00001 to 1
UNPENALISED_STEPS = 1000
LEARNING_RATE = 50.0
NEW_NAMES = ["arvina", "marelle", "belinor", "brinxo", "qwerty", "zzzz"]
STEP_EXPONENTS = [k / 4 for k in range(8, 21)]  # 100 to 100,000 unpenalised steps, rounded to integers
EPSILON_EXPONENTS = [k / 8 for k in range(-40, -7)]  # label smoothing epsilon = 10^e, 0.00001 to 0.1
BOOTSTRAP_SEED = 2024
BOOTSTRAP_REPLICATES = 1000
CALIBRATION_BINS = 10
TRAINING_FRACTIONS = [8, 4, 2, 1]  # the first 1/8, 1/4, 1/2 and all of the training names
GOLDEN_GAMMA = 0x9E3779B97F4A7C15


def splitmix64(seed):
    state = seed & MASK
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def split(names, seed):
    order = list(range(len(names)))
    draws = splitmix64(seed)
    for i in range(len(order) - 1, 0, -1):
        j = next(draws) % (i + 1)
        order[i], order[j] = order[j], order[i]
    n_train = len(names) * 8 // 10
    n_dev = len(names) // 10
    shuffled = [names[k] for k in order]
    return shuffled[:n_train], shuffled[n_train:n_train + n_dev], shuffled[n_train + n_dev:]


def splitmix64_values(seed, ks):
    """The ks-th outputs of SplitMix64 from seed, vectorised: the state after k steps is seed + k * gamma."""
    with np.errstate(over="ignore"):
        z = np.uint64(seed) + ks.astype(np.uint64) * np.uint64(GOLDEN_GAMMA)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def bootstrap_draws(n, replicates, seed):
    ks = np.arange(1, replicates * n + 1, dtype=np.uint64)
    return (splitmix64_values(seed, ks) % np.uint64(n)).astype(np.int64).reshape(replicates, n)


def name_nll(probabilities, names):
    """Each name's sum of -ln P over its letters and its end, and its number of predictions."""
    index = {c: i + 1 for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")}
    index["."] = 0
    log_p = np.log(probabilities)
    sums = np.array([-sum(log_p[index[a], index[b]] for a, b in zip("." + m + ".", m + "."))
                     for m in names])
    return sums, np.array([len(m) + 1 for m in names])


def bootstrap(draws, sums, lengths):
    """The NLL of the names and the standard deviation (ddof 1) of the resampled NLLs."""
    replicates = sums[draws].sum(axis=1) / lengths[draws].sum(axis=1)
    return sums.sum() / lengths.sum(), float(np.std(replicates, ddof=1))


def counts(names):
    index = {c: i + 1 for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")}
    index["."] = 0
    matrix = np.zeros((27, 27), dtype=np.int64)
    for name in names:
        padded = "." + name + "."
        for a, b in zip(padded, padded[1:]):
            matrix[index[a], index[b]] += 1
    return matrix


def average_nll(probabilities, data_counts):
    with np.errstate(divide="ignore"):
        log_p = np.log(probabilities)
    seen = data_counts > 0
    if np.any(probabilities[seen] == 0):
        return math.inf
    return float(-(data_counts[seen] * log_p[seen]).sum() / data_counts.sum())


def add_alpha(train_counts, alpha):
    smoothed = train_counts + alpha
    return smoothed / smoothed.sum(axis=1, keepdims=True)


def softmax_rows(w):
    z = np.exp(w - w.max(axis=1, keepdims=True))
    return z / z.sum(axis=1, keepdims=True)


def penalised_loss(w, train_counts, lam):
    shifted = w - w.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return float(-(train_counts * log_p).sum() / train_counts.sum() + lam * (w ** 2).mean())


def penalised_minimum(train_counts, lam):
    """Newton's method with a halved step where the loss would rise, on all 27 rows at once (they do not interact)."""
    n = train_counts.sum()
    c = 2 * lam / 729
    counts_f = train_counts.astype(float)
    totals = counts_f.sum(axis=1, keepdims=True)

    def row_losses(v):
        m = v.max(axis=1, keepdims=True)
        lse = (m + np.log(np.exp(v - m).sum(axis=1, keepdims=True)))[:, 0]
        return (totals[:, 0] * lse - (counts_f * v).sum(axis=1)) / n + c / 2 * (v ** 2).sum(axis=1)

    v = np.zeros((27, 27))
    for _ in range(100):
        p = softmax_rows(v)
        grad = (totals * p - counts_f) / n + c * v
        if np.abs(grad).max() < 1e-14:
            break
        hessian = totals[:, :, None] / n * (p[:, :, None] * np.eye(27) - p[:, :, None] * p[:, None, :])
        hessian += c * np.eye(27)
        step = np.linalg.solve(hessian, grad[:, :, None])[:, :, 0]
        current, t = row_losses(v), np.ones((27, 1))
        for _ in range(40):
            rising = row_losses(v - t * step) > current
            if not rising.any():
                break
            t[rising] /= 2
        v = v - t * step
        if np.abs(t * step).max() < 1e-12:  # converged: Newton's next step would be below rounding
            break
    return v


def gradient_descent(train_counts, steps):
    n = train_counts.sum()
    totals = train_counts.sum(axis=1, keepdims=True)
    w = np.zeros((27, 27))
    for _ in range(steps):
        w -= LEARNING_RATE * (totals * softmax_rows(w) - train_counts) / n
    return w


def emit(key, value):
    print(key, value if isinstance(value, (str, int)) else repr(float(value)))


def main():
    names = open(sys.argv[1], encoding="utf-8").read().splitlines()
    train, dev, test = split(names, SEED)
    n_train, n_dev, n_test = counts(train), counts(dev), counts(test)
    print("# Generated by heldout_reference.py (NumPy " + np.__version__ + ", float64) on " + sys.argv[1] + ".")
    for part, part_names, part_counts in [("train", train, n_train), ("dev", dev, n_dev), ("test", test, n_test)]:
        emit(part + ".names", len(part_names))
        emit(part + ".first", part_names[0])
        emit(part + ".last", part_names[-1])
        emit(part + ".examples", int(part_counts.sum()))
    for part, part_counts in [("dev", n_dev), ("test", n_test)]:
        unseen = (part_counts > 0) & (n_train == 0)
        emit(part + ".unseen_pairs", int(unseen.sum()))
        emit(part + ".unseen_examples", int(part_counts[unseen].sum()))
        emit(part + ".unseen_list", " ".join(
            ".abcdefghijklmnopqrstuvwxyz"[i] + ".abcdefghijklmnopqrstuvwxyz"[j] for i, j in zip(*np.nonzero(unseen))))
    train_set = set(train)
    emit("test.names_in_train", sum(1 for name in test if name in train_set))

    mle = add_alpha(n_train, 0.0)
    for part, part_counts in [("train", n_train), ("dev", n_dev), ("test", n_test)]:
        emit("mle." + part, average_nll(mle, part_counts))
        emit("plus_one." + part, average_nll(add_alpha(n_train, 1.0), part_counts))

    dev_by_alpha = []
    for e in ALPHA_EXPONENTS:
        value = average_nll(add_alpha(n_train, 10.0 ** e), n_dev)
        dev_by_alpha.append(value)
        emit("alpha_dev." + repr(e), value)
    best = int(np.argmin(dev_by_alpha))
    best_alpha = 10.0 ** ALPHA_EXPONENTS[best]
    emit("best_alpha", best_alpha)
    for part, part_counts in [("train", n_train), ("dev", n_dev), ("test", n_test)]:
        emit("best_alpha." + part, average_nll(add_alpha(n_train, best_alpha), part_counts))

    dev_by_lambda = []
    for e in LAMBDA_EXPONENTS:
        w = penalised_minimum(n_train, 10.0 ** e)
        value = average_nll(softmax_rows(w), n_dev)
        dev_by_lambda.append(value)
        emit("lambda_dev." + repr(e), value)
        if e == -2:
            emit("post_lambda.loss", penalised_loss(w, n_train, 0.01))
            for part, part_counts in [("train", n_train), ("dev", n_dev), ("test", n_test)]:
                emit("post_lambda." + part, average_nll(softmax_rows(w), part_counts))
    best = int(np.argmin(dev_by_lambda))
    best_lambda = 10.0 ** LAMBDA_EXPONENTS[best]
    emit("best_lambda", best_lambda)
    w = penalised_minimum(n_train, best_lambda)
    emit("best_lambda.loss", penalised_loss(w, n_train, best_lambda))
    test_nll = average_nll(softmax_rows(w), n_test)
    emit("best_lambda.test_perplexity", math.exp(test_nll))
    emit("best_lambda.test_bits", test_nll / math.log(2))
    for name in NEW_NAMES:
        emit("name_nll." + name, average_nll(softmax_rows(w), counts([name])))
    for part, part_counts in [("train", n_train), ("dev", n_dev), ("test", n_test)]:
        emit("best_lambda." + part, average_nll(softmax_rows(w), part_counts))

    w = gradient_descent(n_train, UNPENALISED_STEPS)
    for part, part_counts in [("train", n_train), ("dev", n_dev), ("test", n_test)]:
        emit("no_penalty." + part, average_nll(softmax_rows(w), part_counts))
    best_lambda_p = softmax_rows(penalised_minimum(n_train, best_lambda))
    more(names, train, dev, test, n_train, n_dev, n_test, best_alpha, best_lambda, best_lambda_p)


def more(names, train, dev, test, n_train, n_dev, n_test, best_alpha, best_lambda, best_lambda_p):
    """The figures of notebooks 08 and 09 beyond the choice of alpha and lambda."""
    train_set = set(train)
    emit("dev.names_in_train", sum(1 for name in dev if name in train_set))
    fresh_test = [name for name in test if name not in train_set]
    emit("test.fresh_names", len(fresh_test))
    emit("best_lambda.test_fresh", average_nll(best_lambda_p, counts(fresh_test)))

    # the number of unpenalised steps, chosen on the development names
    n = n_train.sum()
    totals = n_train.sum(axis=1, keepdims=True)
    w, done, dev_by_steps = np.zeros((27, 27)), 0, {}
    for e in STEP_EXPONENTS:
        steps = int(round(10.0 ** e))
        for _ in range(steps - done):
            w -= LEARNING_RATE * (totals * softmax_rows(w) - n_train) / n
        done = steps
        dev_by_steps[steps] = average_nll(softmax_rows(w), n_dev)
        emit("steps_dev." + str(steps), dev_by_steps[steps])
    best_steps = min(dev_by_steps, key=dev_by_steps.get)
    emit("best_steps", best_steps)
    best_steps_p = softmax_rows(gradient_descent(n_train, best_steps))

    # label smoothing: each row's minimiser (1 - eps) N / R + eps / 27
    frequencies = n_train / totals
    dev_by_epsilon = []
    for e in EPSILON_EXPONENTS:
        value = average_nll((1 - 10.0 ** e) * frequencies + 10.0 ** e / 27, n_dev)
        dev_by_epsilon.append(value)
        emit("epsilon_dev." + repr(e), value)
    best_epsilon = 10.0 ** EPSILON_EXPONENTS[int(np.argmin(dev_by_epsilon))]
    emit("best_epsilon", best_epsilon)
    label_smoothed = (1 - best_epsilon) * frequencies + best_epsilon / 27
    emit("best_epsilon.test", average_nll(label_smoothed, n_test))

    # the paired bootstrap over names
    models = {"plus_one": add_alpha(n_train, 1.0), "best_alpha": add_alpha(n_train, best_alpha),
              "best_lambda": best_lambda_p, "post_lambda": softmax_rows(penalised_minimum(n_train, 0.01)),
              "best_steps": best_steps_p, "best_epsilon": label_smoothed}
    pairs = [("plus_one", "best_alpha"), ("best_alpha", "best_lambda"), ("post_lambda", "best_lambda"),
             ("best_steps", "best_lambda"), ("best_epsilon", "best_alpha")]
    for part, part_names in [("dev", dev), ("test", test)]:
        draws = bootstrap_draws(len(part_names), BOOTSTRAP_REPLICATES, BOOTSTRAP_SEED)
        sums = {label: name_nll(p, part_names) for label, p in models.items()}
        for label, (nll, lengths) in sums.items():
            value, se = bootstrap(draws, nll, lengths)
            emit("boot." + part + "." + label, value)
            emit("boot." + part + "." + label + ".se", se)
        for first, second in pairs:
            value, se = bootstrap(draws, sums[first][0] - sums[second][0], sums[first][1])
            emit("boot." + part + "." + first + "-" + second, value)
            emit("boot." + part + "." + first + "-" + second + ".se", se)

    # calibration of the best-lambda model on the test names: every prediction P(j | i) of every example,
    # binned by its value; each bin's mean prediction against how often the predicted token came
    trials = np.repeat(n_test.sum(axis=1, keepdims=True), 27, axis=1)
    bins = np.minimum((best_lambda_p * CALIBRATION_BINS).astype(int), CALIBRATION_BINS - 1)
    for b in range(CALIBRATION_BINS):
        inside = bins == b
        if trials[inside].sum() > 0:
            emit("calibration." + str(b) + ".predictions", int(trials[inside].sum()))
            emit("calibration." + str(b) + ".predicted",
                 (trials[inside] * best_lambda_p[inside]).sum() / trials[inside].sum())
            emit("calibration." + str(b) + ".observed", n_test[inside].sum() / trials[inside].sum())

    # lambda chosen again on the development names as the training names grow
    for fraction in TRAINING_FRACTIONS:
        part_counts = counts(train[:len(train) // fraction])
        by_lambda = [average_nll(softmax_rows(penalised_minimum(part_counts, 10.0 ** e)), n_dev)
                     for e in LAMBDA_EXPONENTS]
        emit("growing." + str(fraction) + ".examples", int(part_counts.sum()))
        emit("growing." + str(fraction) + ".best_lambda", 10.0 ** LAMBDA_EXPONENTS[int(np.argmin(by_lambda))])


main()
