/**
 * Information theory of discrete distributions, in nats (natural logarithms): the entropy
 * {@code H(p)}, the cross entropy {@code H(p, q)}, the Kullback-Leibler divergence
 * {@code KL(p || q) = H(p, q) - H(p)}, and the conditional entropy {@code H(Y | X)} of a matrix of
 * pair counts.
 *
 * <p>These take probability vectors. The cross entropy of a target class given logits, which a
 * classifier is trained on, is {@link nll.logspace.CrossEntropyFromLogits}: it equals {@link CrossEntropy}
 * with a one-hot {@code p} and {@code q = softmax(logits)}.
 *
 * <p>Every sum uses the convention {@code 0 log 0 = 0}: an outcome with {@code p_i = 0} contributes
 * nothing, whatever {@code q_i} is.
 */
package nll.information;
