package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seed lexicon gives each thing one entry: an id or a database identifier on two entries would make two entities
 * of one protein, or merge two proteins under one (as OX40 ligand once took CD40 ligand's HGNC number).
 */
class SeedLexiconEntriesTest {

    private static List<String[]> entries() throws IOException {
        try (InputStream in = SeedLexiconEntriesTest.class.getResourceAsStream("/org/litkg/lexicon/seed.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1)).toList();
        }
    }

    @Test
    void test_every_entry_has_its_own_id_and_its_own_identifiers() throws IOException {
        Map<String, String> owners = new HashMap<>();
        List<String[]> entries = entries();
        assertTrue(entries.size() > 500, "the seed lexicon lost its entries: " + entries.size());
        for (String[] e : entries) {
            assertEquals(null, owners.put("id " + e[0], e[2]), "id " + e[0] + " is on two entries, the second " + e[2]);
            for (String identifier : e.length > 4 && !e[4].isBlank() ? e[4].split("\\|") : new String[0]) {
                assertEquals(null, owners.put(identifier, e[2]), identifier + " is on two entries, the second " + e[2]);
            }
        }
    }
}
