package org.litkg.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.LexiconEntry;

/**
 * The HGNC complete set (TSV with a header): approved protein-coding genes, as proteins, receptors
 * or chemokines by gene group and name. Symbols are matched as written (MET is a gene, "met" is
 * not); previous and alias symbols are synonyms.
 */
public final class HgncImporter {

    private HgncImporter() {
    }

    public static int read(Path file, Consumer<LexiconEntry> out) throws IOException {
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new IllegalArgumentException(file + ": empty; expected the HGNC complete set TSV with its header");
            }
            Map<String, Integer> col = columns(header.split("\t", -1));
            for (String required : List.of("hgnc_id", "symbol", "name", "locus_group", "status")) {
                if (!col.containsKey(required)) {
                    throw new IllegalArgumentException(file + ": no '" + required + "' column; is this the HGNC complete set?");
                }
            }
            String line;
            while ((line = in.readLine()) != null) {
                String[] c = line.split("\t", -1);
                if (!get(c, col, "status").equals("Approved") || !get(c, col, "locus_group").equals("protein-coding gene")) {
                    continue;
                }
                String hgncId = get(c, col, "hgnc_id");
                String symbol = get(c, col, "symbol");
                String name = get(c, col, "name");
                List<String> names = new ArrayList<>(List.of(symbol, name));
                names.addAll(VocabularyNames.split(get(c, col, "alias_symbol"), "\\|"));
                names.addAll(VocabularyNames.split(get(c, col, "prev_symbol"), "\\|"));
                List<String> xrefs = new ArrayList<>(List.of(hgncId));
                VocabularyNames.split(get(c, col, "uniprot_ids"), "\\|").forEach(u -> xrefs.add("UniProt:" + u));
                String entrez = get(c, col, "entrez_id");
                if (!entrez.isEmpty()) {
                    xrefs.add("NCBIGene:" + entrez);
                }
                List<String> usable = VocabularyNames.usable(names, Set.of());
                if (usable.isEmpty()) {
                    continue;
                }
                out.accept(new LexiconEntry("hgnc-" + hgncId.substring(hgncId.indexOf(':') + 1), type(get(c, col, "gene_group"), name),
                        symbol, usable, xrefs, true, false));
                n++;
            }
        }
        return n;
    }

    static EntityType type(String geneGroup, String name) {
        String g = geneGroup.toLowerCase(Locale.ROOT);
        String nm = name.toLowerCase(Locale.ROOT);
        if (g.contains("chemokine ligand")) {
            return EntityType.CHEMOKINE;
        }
        if (g.contains("receptor") || nm.contains("receptor")) {
            return EntityType.RECEPTOR;
        }
        return EntityType.PROTEIN;
    }

    static Map<String, Integer> columns(String[] header) {
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            col.put(header[i].strip(), i);
        }
        return col;
    }

    private static String get(String[] c, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= c.length ? "" : c[i].strip();
    }
}
