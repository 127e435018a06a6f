/**
 * Exercises at the end of each notebook, checked by JUnit 5 from inside the notebook.
 *
 * <p>A learner writes a method in a cell and hands it to {@link nll.exercise.Exercise#check} as a lambda. The
 * exercise's checks run as dynamic JUnit Jupiter tests through the JUnit Platform launcher, each with a time limit,
 * and come back as one line per check and a count of the checks that pass. {@link nll.exercise.Exercise#solution}
 * prints the solution from the source file it was compiled from.
 */
package nll.exercise;
