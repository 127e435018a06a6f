package nll.exercise;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The catalogue builds a notebook's exercises only when one of them is asked for, once, and checks what it builds. */
class CatalogueTest {

    /** A set standing for a real one, counting how often its exercises are built. */
    private static final class Counted implements ExerciseSet {
        private final String notebook;
        private final ExerciseSet real;
        private final Function<List<Definition<?, ?>>, List<Definition<?, ?>>> change;
        int builds;

        Counted(String notebook, ExerciseSet real, Function<List<Definition<?, ?>>, List<Definition<?, ?>>> change) {
            this.notebook = notebook;
            this.real = real;
            this.change = change;
        }

        Counted(ExerciseSet real) {
            this(real.notebook(), real, Function.identity());
        }

        @Override
        public String notebook() {
            return notebook;
        }

        @Override
        public List<Definition<?, ?>> exercises() {
            builds++;
            return change.apply(real.exercises());
        }
    }

    /** The installed sets, each counted, by notebook. */
    private static Map<String, Counted> countedSets() {
        Map<String, Counted> sets = new TreeMap<>();
        ServiceLoader.load(ExerciseSet.class).forEach(set -> sets.put(set.notebook(), new Counted(set)));
        return sets;
    }

    @Test
    void anExerciseBuildsItsNotebookOnlyAndOnce() {
        Map<String, Counted> sets = countedSets();
        Catalogue catalogue = new Catalogue(sets.values());
        assertEquals("06.1", catalogue.find("06.1").id());
        assertEquals("06.2", catalogue.find("06.2").id());
        sets.forEach((notebook, set) -> assertEquals(notebook.equals("06") ? 1 : 0, set.builds, notebook));
    }

    @Test
    void allHasEveryNotebooksExercisesInOrder() {
        Map<String, Counted> sets = countedSets();
        List<String> expected = new ArrayList<>();
        sets.values().forEach(set -> set.real.exercises().forEach(e -> expected.add(e.id())));
        List<String> ids = new Catalogue(sets.values())
                .exercises().stream().map(Definition::id).toList();
        assertEquals(expected, ids);
        assertTrue(ids.containsAll(List.of("01.1", "06.1", "09.3")), ids::toString);
    }

    @Test
    void anIdWithNoExerciseIsAnErrorNamingIt() {
        Catalogue catalogue = new Catalogue(countedSets().values());
        assertAll(Arrays.stream(new String[] {"06.9", "10.1", "6.1", "061", "", null})
                .map(id -> (Executable) () -> {
                    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalogue.find(id));
                    assertTrue(e.getMessage().startsWith("id = " + id + " is not an exercise; "), e::getMessage);
                }));
    }

    @Test
    void aSetThatBreaksTheRulesIsRefused() {
        ExerciseSet six = countedSets().get("06").real;
        assertAll(
                () -> assertRefused(
                        "two exercises with id 06.1",
                        new Catalogue(List.of(new Counted("06", six, e -> concatenate(e, e)))),
                        "06.1"),
                () -> assertRefused(
                        "exercise 06.1 is in the set of notebook 07",
                        new Catalogue(List.of(new Counted("07", six, Function.identity()))),
                        "07.1"),
                () -> {
                    IllegalStateException e = assertThrows(
                            IllegalStateException.class, () -> new Catalogue(List.of(six, new Counted(six))));
                    assertTrue(e.getMessage().startsWith("two exercise sets for notebook 06"), e::getMessage);
                });
    }

    private static void assertRefused(String message, Catalogue catalogue, String id) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> catalogue.find(id));
        assertTrue(e.getMessage().startsWith(message), e::getMessage);
    }

    private static List<Definition<?, ?>> concatenate(List<Definition<?, ?>> first, List<Definition<?, ?>> second) {
        List<Definition<?, ?>> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }
}
