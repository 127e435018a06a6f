package nll.exercise;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method that solves an exercise. {@code Exercise.solution(id)} prints the method that carries
 * {@code @Solution(id)}, from the source file it was compiled from; the marker, not the layout of the file, says where
 * it is, so the text survives reformatting.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Solution {

    /** The exercise's id, e.g. {@code "03.2"}. */
    String value();
}
