/**
 * Exercises at the end of each notebook, checked by JUnit 5 from inside the notebook.
 *
 * <p>A learner writes a method in a cell and hands it to {@link nll.exercise.Exercise#check} as a lambda. The
 * exercise's checks run as dynamic JUnit Jupiter tests through the JUnit Platform launcher, each with a time limit,
 * and come back as one line per check and a count of the checks that pass. {@link nll.exercise.Exercise#solution}
 * prints the method marked {@link nll.exercise.Solution} from the source file it was compiled from.
 *
 * <p>An exercise is a {@link nll.exercise.Definition}: typed checks (a call on one case's inputs, the expected
 * answer, its tolerance) for one type of answer, a number, a vector or a matrix. The exercises themselves are in
 * {@link nll.exercise.content}, one {@link nll.exercise.ExerciseSet} per notebook, which this package finds through
 * {@link java.util.ServiceLoader} and never names.
 */
package nll.exercise;
