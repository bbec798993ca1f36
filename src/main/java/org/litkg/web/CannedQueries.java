package org.litkg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The researcher questions of {@code queries/}, packaged with litkg, for the home and query pages. */
public final class CannedQueries {

    /** One query: its file name without {@code .rq}, the question its first comment line asks, and its text. */
    public record Query(String name, String question, String text) {
    }

    private CannedQueries() {
    }

    public static List<Query> load() {
        URL folder = CannedQueries.class.getResource("/queries");
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath("/queries"));
                }
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Query> read(Path folder) throws IOException {
        List<Query> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                String name = p.getFileName().toString().replaceFirst("\\.rq$", "");
                queries.add(new Query(name, question(text, name), text));
            }
        }
        return List.copyOf(queries);
    }

    private static String question(String text, String name) {
        String first = text.lines().findFirst().orElse("");
        return first.startsWith("#") ? first.substring(1).strip() : name.replace('-', ' ');
    }
}
