package nll.format;

import static nll.validation.Rejection.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DecimalTextTest {

    @Test
    void formatsIgnoreTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            // German uses ',' as the decimal separator; the text must not change
            Locale.setDefault(Locale.GERMANY);
            assertEquals("50", DecimalText.shortest(50));
            assertEquals("-3", DecimalText.shortest(-3));
            assertEquals("2.5", DecimalText.shortest(2.5));
            assertEquals("3.1672952139009705", DecimalText.shortest(3.1672952139009705));
            assertEquals("1.0E-7", DecimalText.shortest(1e-7));
            // the post rounds P(50 <= X <= 52.5) = 0.3413447460685429 to 0.3413
            assertEquals("0.3413", DecimalText.fixed(0.3413447460685429, 4));
            assertEquals("12", DecimalText.fixed(12.4, 0));
            // the exact product under A, python: 7.002974767473655e-07 printed with 6 digits
            assertEquals("7.00297e-07", DecimalText.scientific(7.002974767473655e-07, 6));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void badInput() {
        assertMessage("decimals = -1 must be >= 0", () -> DecimalText.fixed(1, -1));
        assertMessage("digits = 0 must be >= 1", () -> DecimalText.scientific(1, 0));
    }
}
