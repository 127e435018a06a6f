package nll.exercise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every exercise, by id, from the {@link ExerciseSet}s on the class path. A notebook's exercises are built the first
 * time one of them is asked for, and only that notebook's: a check in notebook 03 does not build notebook 06's.
 */
final class Catalogue {

    /** The sets of the library's own class loader, which holds them whichever loader a notebook's code runs in. */
    private static final Catalogue INSTALLED =
            new Catalogue(ServiceLoader.load(ExerciseSet.class, ExerciseSet.class.getClassLoader()));

    private final Map<String, ExerciseSet> sets = new TreeMap<>();
    private final Map<String, Map<String, Definition<?, ?>>> built = new ConcurrentHashMap<>();

    /** @throws IllegalStateException if two sets are for the same notebook */
    Catalogue(Iterable<? extends ExerciseSet> sets) {
        for (ExerciseSet set : sets) {
            ExerciseSet before = this.sets.put(set.notebook(), set);
            if (before != null) {
                throw new IllegalStateException("two exercise sets for notebook " + set.notebook() + ": "
                        + before.getClass().getName() + " and " + set.getClass().getName());
            }
        }
    }

    /** Every exercise of every notebook, by notebook and then in each notebook's order. */
    static List<Definition<?, ?>> all() {
        return INSTALLED.exercises();
    }

    /** @throws IllegalArgumentException naming {@code id} if there is no such exercise */
    static Definition<?, ?> exercise(String id) {
        return INSTALLED.find(id);
    }

    /** This catalogue's exercises, as {@link #all()} gives the installed one's. */
    List<Definition<?, ?>> exercises() {
        List<Definition<?, ?>> exercises = new ArrayList<>();
        sets.keySet().forEach(notebook -> exercises.addAll(notebook(notebook).values()));
        return List.copyOf(exercises);
    }

    /** This catalogue's exercise {@code id}, as {@link #exercise(String)} gives the installed one's. */
    Definition<?, ?> find(String id) {
        String notebook = id == null ? "" : id.substring(0, Math.max(0, id.indexOf('.')));
        if (!sets.containsKey(notebook)) {
            throw new IllegalArgumentException("id = " + id + " is not an exercise; the notebooks with exercises are "
                    + sets.keySet() + " and an id is a notebook's number, a dot and the exercise's (\"06.1\")");
        }
        Map<String, Definition<?, ?>> exercises = notebook(notebook);
        Definition<?, ?> exercise = exercises.get(id);
        if (exercise == null) {
            throw new IllegalArgumentException(
                    "id = " + id + " is not an exercise; notebook " + notebook + "'s are " + exercises.keySet());
        }
        return exercise;
    }

    /** One notebook's exercises by id, built once. */
    private Map<String, Definition<?, ?>> notebook(String notebook) {
        return built.computeIfAbsent(notebook, n -> index(sets.get(n)));
    }

    private static Map<String, Definition<?, ?>> index(ExerciseSet set) {
        Map<String, Definition<?, ?>> exercises = new LinkedHashMap<>();
        for (Definition<?, ?> exercise : set.exercises()) {
            if (!exercise.id().startsWith(set.notebook() + ".")) {
                throw new IllegalStateException("exercise " + exercise.id() + " is in the set of notebook "
                        + set.notebook() + " (" + set.getClass().getName() + ")");
            }
            if (exercises.put(exercise.id(), exercise) != null) {
                throw new IllegalStateException("two exercises with id " + exercise.id());
            }
        }
        return Collections.unmodifiableMap(exercises);
    }
}
