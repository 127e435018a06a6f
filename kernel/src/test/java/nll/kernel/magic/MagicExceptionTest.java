package nll.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nll.kernel.traceback.Traceback;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MagicExceptionTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // A message led by the magic's name: the name is the heading, the rest plain.
                "%jars: no file matches 'x.jar'|%jars|: no file matches 'x.jar'",
                "%maven: cannot resolve a:b:1|%maven|: cannot resolve a:b:1",
                // A sentence is all heading, also when a colon comes after more than the name.
                "%jars needs at least one path|%jars needs at least one path|",
                "%load x.jshell: files load each other more than 16 deep|%load x.jshell: files load each other more than 16 deep|"
            })
    void aMagicsNameLeadingItsMessageIsTheHeading(String message, String heading, String rest) {
        MagicException error = MagicException.failed("%jars", new IllegalArgumentException(message));
        String plain = rest == null ? "" : rest;
        assertEquals(
                List.of(Traceback.RED + heading + Traceback.RESET + plain),
                error.traceback().ansiLines());
        assertEquals(message, error.getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"%jars|%jars failed: java.lang.IllegalStateException"})
    void aFailureWithoutMessageIsNamedByTheMagicAndItsClass(String magic, String expected) {
        assertEquals(
                expected,
                MagicException.failed(magic, new IllegalStateException()).getMessage());
    }
}
