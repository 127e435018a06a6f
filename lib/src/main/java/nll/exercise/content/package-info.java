/**
 * The exercises of notebooks 01-09: for each, its checks with their typed cases and expected answers, the mistakes
 * it recognises, and its solution, a method marked {@link nll.exercise.Solution}. One class per notebook, an
 * {@link nll.exercise.ExerciseSet} listed in {@code META-INF/services/nll.exercise.ExerciseSet}; the framework that
 * runs them is {@link nll.exercise}, which finds them there.
 */
package nll.exercise.content;
