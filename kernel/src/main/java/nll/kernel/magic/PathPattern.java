package nll.kernel.magic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A path that may hold glob wildcards ({@code *}, {@code ?}, {@code [..]}, {@code {a,b}}, and {@code **} across
 * directories), relative to a base directory unless absolute. Segments are separated by {@code /}.
 */
final class PathPattern {

    private final String pattern;

    PathPattern(String pattern) {
        if (pattern.isBlank()) {
            throw new IllegalArgumentException("path pattern '" + pattern + "' is blank");
        }
        this.pattern = pattern;
    }

    /** Every existing path the pattern names, sorted; empty if nothing matches. */
    List<Path> resolve(Path base) {
        String[] segments = pattern.split("/", -1);
        int firstGlob = 0;
        while (firstGlob < segments.length && !isGlob(segments[firstGlob])) {
            firstGlob++;
        }
        String literalPart = String.join("/", List.of(segments).subList(0, firstGlob));
        Path root = literalPart.isEmpty() && pattern.startsWith("/") ? Path.of("/") : base.resolve(literalPart);
        if (firstGlob == segments.length) {
            Path path = root.normalize();
            return Files.exists(path) ? List.of(path) : List.of();
        }
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<String> globSegments = List.of(segments).subList(firstGlob, segments.length);
        String glob = String.join("/", globSegments);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        int depth = glob.contains("**") ? Integer.MAX_VALUE : globSegments.size();
        try (Stream<Path> walk = Files.walk(root, depth)) {
            return walk.filter(p -> !p.equals(root) && matcher.matches(root.relativize(p)))
                    .map(Path::normalize)
                    .sorted()
                    .collect(Collectors.toCollection(ArrayList::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + " for pattern '" + pattern + "'", e);
        }
    }

    private static boolean isGlob(String segment) {
        return segment.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    @Override
    public String toString() {
        return pattern;
    }
}
