"""Independent reference values for the PyTorch loss functions that notebook 07 names, with NumPy in float64.

Run from the repository root (a few seconds):
    /usr/bin/python3 lib/src/test/resources/nll/logspace/pytorch_names_reference.py data/names.txt

It implements PyTorch's documented formulas, not PyTorch itself (no torch import):
  F.log_softmax(z, 1)[k, j]  = z[k, j] - log(sum_c exp(z[k, c]))
  F.nll_loss(input, y)       = -mean_k input[k, y[k]]             (reduction='mean', no weights; no log taken)
  F.cross_entropy(z, y)      = F.nll_loss(F.log_softmax(z, 1), y)
  F.cross_entropy(z, y, label_smoothing=e) = (1 - e) * F.cross_entropy(z, y) + e * mean_k mean_c(-log_softmax[k, c])
on the bigram examples of the names, with W the post's 1000 steps of W -= 50 * grad from W = 0 and the penalty
0.01 * mean(W^2), the gradient written from the counts. PyTorchNamesReferenceTest runs it and compares. Each output
line is "key value".
"""
import sys

import numpy as np

TOKENS = ".abcdefghijklmnopqrstuvwxyz"
PENALTY = 0.01
STEPS = 1000
LEARNING_RATE = 50.0
EPSILON = 0.1


def examples(path):
    index = {c: i for i, c in enumerate(TOKENS)}
    xs, ys = [], []
    with open(path, encoding="utf-8") as file:
        for name in file.read().split():
            padded = "." + name + "."
            for a, b in zip(padded, padded[1:]):
                xs.append(index[a])
                ys.append(index[b])
    return np.array(xs), np.array(ys)


def log_softmax(z):
    shifted = z - z.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def nll_loss(values, ys):
    return -values[np.arange(len(ys)), ys].mean()


def trained_weights(xs, ys):
    size = len(TOKENS)
    counts = np.zeros((size, size))
    np.add.at(counts, (xs, ys), 1)
    rows = counts.sum(axis=1, keepdims=True)
    w = np.zeros((size, size))
    for _ in range(STEPS):
        probabilities = np.exp(log_softmax(w))
        gradient = (rows * probabilities - counts) / len(xs) + 2 * PENALTY * w / w.size
        w = w - LEARNING_RATE * gradient
    return w


def main(path):
    xs, ys = examples(path)
    w = trained_weights(xs, ys)
    logits = w[xs]  # xenc @ W
    log_probabilities = log_softmax(logits)
    cross_entropy = nll_loss(log_probabilities, ys)
    print("examples", len(xs))
    print("cross_entropy", repr(cross_entropy))
    print("nll_loss_of_probabilities", repr(nll_loss(np.exp(log_probabilities), ys)))
    print("loss_line", repr(cross_entropy + PENALTY * (w ** 2).mean()))
    smoothed = (1 - EPSILON) * cross_entropy + EPSILON * (-log_probabilities).mean(axis=1).mean()
    print("label_smoothing_0.1", repr(smoothed))


if __name__ == "__main__":
    main(sys.argv[1])
