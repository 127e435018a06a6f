package nll.exercise;

import java.util.List;

/**
 * The exercises of one notebook, found by {@link java.util.ServiceLoader}: each implementation is listed in
 * {@code META-INF/services/nll.exercise.ExerciseSet} and has a public constructor that does no work, so that
 * finding every notebook's set is cheap and a notebook's exercises are built only when one of them is asked for.
 */
public interface ExerciseSet {

    /** The notebook's number as its exercises' ids begin: {@code "06"} for {@code "06.1"}. */
    String notebook();

    /** The notebook's exercises, in order, each with an id that begins with {@link #notebook()} and a dot. */
    List<Definition<?, ?>> exercises();
}
