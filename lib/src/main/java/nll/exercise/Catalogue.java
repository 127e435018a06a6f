package nll.exercise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nll.exercise.content.Notebook01;
import nll.exercise.content.Notebook02;
import nll.exercise.content.Notebook03;
import nll.exercise.content.Notebook04;
import nll.exercise.content.Notebook05;
import nll.exercise.content.Notebook06;
import nll.exercise.content.Notebook07;
import nll.exercise.content.Notebook08;
import nll.exercise.content.Notebook09;

/** Every exercise of notebooks 01-09, by id. */
final class Catalogue {

    private static final Map<String, Definition<?, ?>> EXERCISES = new LinkedHashMap<>();

    static {
        Stream.of(
                        Notebook01.exercises(),
                        Notebook02.exercises(),
                        Notebook03.exercises(),
                        Notebook04.exercises(),
                        Notebook05.exercises(),
                        Notebook06.exercises(),
                        Notebook07.exercises(),
                        Notebook08.exercises(),
                        Notebook09.exercises())
                .flatMap(List::stream)
                .forEach(e -> {
                    if (EXERCISES.put(e.id(), e) != null) {
                        throw new IllegalStateException("two exercises with id " + e.id());
                    }
                });
    }

    private Catalogue() {}

    static List<Definition<?, ?>> all() {
        return List.copyOf(EXERCISES.values());
    }

    /** @throws IllegalArgumentException naming {@code id} if there is no such exercise */
    static Definition<?, ?> exercise(String id) {
        Definition<?, ?> exercise = EXERCISES.get(id);
        if (exercise == null) {
            throw new IllegalArgumentException("id = " + id + " is not an exercise; they are " + EXERCISES.keySet());
        }
        return exercise;
    }
}
