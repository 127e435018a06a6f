"""The post's PyTorch training step, timed on the same data as the Java benchmark; part of bench/run.

Usage (from the repository root, with Debian's PyTorch: apt-get install -y python3-torch):
    /usr/bin/python3 bench/torch_step.py data/names.txt [steps]

Runs the training loop of the post "Negative Log Likelihood and Cross Entropy Explained" exactly as written
(F.one_hot(xs, 27).float(), logits = xenc @ W, counts = exp, probs = counts / counts.sum(1, keepdims=True),
loss = -probs[arange(n), ys].log().mean() + 0.01*(W**2).mean(), W.grad = None, loss.backward(),
W.data += -50 * W.grad) for `steps` steps (default 100) from W = 0, once in float32 and once in float64 (.double()
in place of .float()), with torch.set_num_threads(os.cpu_count()). W = 0 rather than the post's random start so
that the float64 losses can be compared with Java's from the same start; the cost of a step does not depend on W.

Prints `key value` lines:
    torch_version, torch_threads
    torch_step_ms_float32, torch_step_ms_float64: median wall time of one step (forward, loss.item(), backward,
        update) over the steps after the first WARM_UP ones
    torch_loss_float64 k value: the float64 loss before update k, k = 0 .. steps-1, printed with repr (17 digits)
"""
import os
import statistics
import sys
import time

import torch
import torch.nn.functional as F

WARM_UP = 5


def examples(path):
    """(xs, ys) with '.' = 0 and a-z = 1..26, name by name, as nll.bigram.BigramDataset builds them."""
    words = open(path, encoding="utf-8").read().splitlines()
    xs, ys = [], []
    for w in words:
        cs = [0] + [ord(c) - ord("a") + 1 for c in w] + [0]
        xs.extend(cs[:-1])
        ys.extend(cs[1:])
    return torch.tensor(xs), torch.tensor(ys)


def run(xs, ys, dtype, steps):
    """The post's loop in the given precision: the loss before each update and the time of each step in ms."""
    num = xs.nelement()
    W = torch.zeros((27, 27), dtype=dtype, requires_grad=True)
    losses, millis = [], []
    for _ in range(steps):
        start = time.perf_counter()
        # forward pass
        xenc = F.one_hot(xs, num_classes=27).to(dtype)
        logits = xenc @ W
        counts = logits.exp()
        probs = counts / counts.sum(1, keepdims=True)
        loss = -probs[torch.arange(num), ys].log().mean() + 0.01 * (W**2).mean()
        losses.append(loss.item())
        # backward pass
        W.grad = None
        loss.backward()
        # update
        W.data += -50 * W.grad
        millis.append((time.perf_counter() - start) * 1000)
    return losses, millis


def main():
    path = sys.argv[1]
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    if steps <= WARM_UP:
        raise SystemExit("steps = %d must be > %d (the warm-up steps)" % (steps, WARM_UP))
    torch.set_num_threads(os.cpu_count())
    xs, ys = examples(path)
    print("torch_version", torch.__version__)
    print("torch_threads", torch.get_num_threads())
    _, millis32 = run(xs, ys, torch.float32, steps)
    print("torch_step_ms_float32 %.3f" % statistics.median(millis32[WARM_UP:]))
    losses64, millis64 = run(xs, ys, torch.float64, steps)
    print("torch_step_ms_float64 %.3f" % statistics.median(millis64[WARM_UP:]))
    for k, value in enumerate(losses64):
        print("torch_loss_float64", k, repr(value))


if __name__ == "__main__":
    main()
