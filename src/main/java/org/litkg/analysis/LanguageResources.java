package org.litkg.analysis;

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

/** Loads the verb list ({@code lexicon/verbs.tsv}) that the lemmatizer knows by form. */
public final class LanguageResources {

    private static final String VERBS = "/org/litkg/lexicon/verbs.tsv";

    private LanguageResources() {
    }

    /** A lemmatizer knowing the verbs of verbs.tsv plus the given extra verb lemmas (relation triggers). */
    public static Lemmatizer lemmatizer(List<String> extraVerbLemmas) {
        List<String> lemmas = new ArrayList<>(extraVerbLemmas);
        Map<String, String> irregular = new HashMap<>();
        try (InputStream in = LanguageResources.class.getResourceAsStream(VERBS)) {
            if (in == null) {
                throw new IllegalStateException(VERBS + " is missing from the classpath");
            }
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.strip().split("\t");
                if (cols.length == 2) {
                    irregular.put(cols[0], cols[1]);
                } else {
                    lemmas.add(cols[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lemmatizer(lemmas, irregular);
    }
}
