package org.litkg.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The relation verbs of {@code patterns/relations.tsv}, looked up by lemma. */
public final class TriggerLexicon {

    private static final String RESOURCE = "/org/litkg/patterns/relations.tsv";
    private final Map<String, List<Trigger>> byLemma = new HashMap<>();

    public static TriggerLexicon load() {
        try (InputStream in = TriggerLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TriggerLexicon parse(List<String> lines, String source) {
        TriggerLexicon lexicon = new TriggerLexicon();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            String where = source + " line " + (i + 1);
            if (c.length < 3 || !(c[2].equals("forward") || c[2].equals("inverse"))) {
                throw new IllegalArgumentException(where + ": expected lemma, relation, forward|inverse[, preposition]");
            }
            RelationType relation;
            try {
                relation = RelationType.byProperty(c[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            lexicon.byLemma.computeIfAbsent(c[0], k -> new ArrayList<>())
                    .add(new Trigger(c[0], relation, c[2].equals("inverse"), c.length > 3 ? c[3] : ""));
        }
        return lexicon;
    }

    public List<Trigger> senses(String lemma) {
        return byLemma.getOrDefault(lemma, List.of());
    }

    public List<String> lemmas() {
        return List.copyOf(byLemma.keySet());
    }
}
