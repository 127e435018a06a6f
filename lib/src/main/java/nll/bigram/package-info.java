/**
 * The character-level bigram language model of makemore and of the post, on the names of {@code data/names.txt}:
 * the 27-token {@link nll.bigram.Vocabulary} ({@code '.'} marks both ends of a name), the
 * {@link nll.bigram.BigramDataset} of (previous, next) pairs and their {@link nll.bigram.BigramCounts}, two models of
 * {@code P(next | previous)} and how each is fitted:
 * <ul>
 *   <li>{@link nll.bigram.CountModel}: normalised counts with a pseudo-count {@code alpha}, the maximum likelihood
 *       estimate at {@code alpha = 0};</li>
 *   <li>{@link nll.bigram.NeuralModel}: a 27x27 weight matrix {@code W} whose rows are logits, trained on the
 *       {@link nll.bigram.BigramLoss} (average NLL plus {@code lambda * mean(W^2)}) by
 *       {@link nll.bigram.GradientDescent}, its gradient checked by {@link nll.bigram.GradientCheck}; its exact
 *       minimum is {@link nll.bigram.RegularizedMinimum}.</li>
 * </ul>
 * {@link nll.bigram.NameSplit} divides the names into training, development and test sets for held-out likelihood.
 */
package nll.bigram;
