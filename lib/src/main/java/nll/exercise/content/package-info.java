/**
 * The exercises of notebooks 01-09: for each, its checks with their typed cases and expected answers, the mistakes
 * it recognises, and its solution, a method marked {@link nll.exercise.Solution}. One class per notebook; the
 * framework that runs them is {@link nll.exercise}.
 */
package nll.exercise.content;
