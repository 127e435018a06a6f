/**
 * Tablesaw tables the notebooks print: per-point likelihoods, the most frequent bigrams and the
 * history of an optimiser or a training run. Every number column has a fixed,
 * locale-independent format, so a printed table is the same text on every run and machine.
 */
package nll.table;
