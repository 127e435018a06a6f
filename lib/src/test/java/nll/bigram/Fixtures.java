package nll.bigram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Shared inputs of the bigram tests: the committed names file and the values PyTorch computed on it.
 *
 * <p>{@code torch-reference.txt} was produced from the repository root with
 * {@code /usr/bin/python3 lib/src/test/resources/nll/bigram/torch_reference.py data/names.txt 1001
 * > lib/src/test/resources/nll/bigram/torch-reference.txt} (PyTorch 1.13 from Debian, float64): the post's one-hot
 * forward pass, {@code loss.backward()} and {@code W.data += -50 * W.grad}. Each line is {@code key value...}.
 */
final class Fixtures {

    /** The dataset, relative to the lib module, which is where Maven runs the tests. */
    static final Path NAMES_FILE = Path.of("..", "data", "names.txt");

    private static Names names;
    private static BigramDataset dataset;
    private static Map<String, String> torch;

    private Fixtures() {}

    static synchronized Names names() {
        if (names == null) {
            names = Names.load(NAMES_FILE);
        }
        return names;
    }

    static synchronized BigramDataset dataset() {
        if (dataset == null) {
            dataset = BigramDataset.of(names());
        }
        return dataset;
    }

    /** A PyTorch reference value as text. */
    static synchronized String torch(String key) {
        if (torch == null) {
            torch = readReference();
        }
        String value = torch.get(key);
        if (value == null) {
            throw new IllegalStateException("torch-reference.txt has no key " + key);
        }
        return value;
    }

    static double torchNumber(String key) {
        return Double.parseDouble(torch(key));
    }

    static double[] torchNumbers(String key) {
        return Arrays.stream(torch(key).split(" "))
                .mapToDouble(Double::parseDouble)
                .toArray();
    }

    /** The point where the reference gradient was taken: {@code W[i][j] = sin(27 i + j)}. */
    static NeuralModel sineWeights() {
        double[][] w = new double[Vocabulary.SIZE][Vocabulary.SIZE];
        for (int i = 0; i < Vocabulary.SIZE; i++) {
            for (int j = 0; j < Vocabulary.SIZE; j++) {
                w[i][j] = Math.sin(27 * i + j);
            }
        }
        return NeuralModel.of(w);
    }

    private static Map<String, String> readReference() {
        try (InputStream in = Fixtures.class.getResourceAsStream("torch-reference.txt")) {
            if (in == null) {
                throw new IllegalStateException("torch-reference.txt is missing from the test resources");
            }
            Map<String, String> values = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    int space = line.indexOf(' ');
                    values.put(line.substring(0, space), line.substring(space + 1));
                }
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
