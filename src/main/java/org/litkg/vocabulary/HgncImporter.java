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
        List<Map<String, String>> genes = new ArrayList<>();
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
                if (get(c, col, "status").equals("Approved") && get(c, col, "locus_group").equals("protein-coding gene")) {
                    Map<String, String> gene = new HashMap<>();
                    for (String field : List.of("hgnc_id", "symbol", "name", "alias_symbol", "alias_name", "prev_symbol",
                            "uniprot_ids", "entrez_id", "gene_group")) {
                        gene.put(field, get(c, col, field));
                    }
                    genes.add(gene);
                }
            }
        }
        Set<String> ambiguous = ambiguousSymbols(genes);
        int n = 0;
        for (Map<String, String> gene : genes) {
            String hgncId = gene.get("hgnc_id");
            String symbol = gene.get("symbol");
            String name = gene.get("name");
            List<String> names = new ArrayList<>(List.of(symbol, name, withoutQualifier(name)));
            for (String field : List.of("alias_symbol", "prev_symbol")) {
                VocabularyNames.split(gene.get(field), "\\|").stream()
                        .filter(a -> !ambiguous.contains(a) && isTellingAlias(a, symbol)).forEach(names::add);
            }
            List<String> xrefs = new ArrayList<>(List.of(hgncId));
            VocabularyNames.split(gene.get("uniprot_ids"), "\\|").forEach(u -> xrefs.add("UniProt:" + u));
            if (!gene.get("entrez_id").isEmpty()) {
                xrefs.add("NCBIGene:" + gene.get("entrez_id"));
            }
            List<String> usable = VocabularyNames.usable(names, Set.of());
            if (usable.isEmpty()) {
                continue;
            }
            EntityType type = type(gene.get("gene_group"), name, gene.get("alias_name"));
            out.accept(new LexiconEntry("hgnc-" + hgncId.substring(hgncId.indexOf(':') + 1), type,
                    symbol, usable, xrefs, true, false));
            n++;
        }
        return n;
    }

    /**
     * Alias and previous symbols that cannot name one gene: those two or more genes share, and those
     * that are another gene's approved symbol. Kept, they made genes of abbreviations ("LPS" is an
     * alias of IRF6, "DAT" and "NET" of two transporters and of other genes besides).
     */
    static Set<String> ambiguousSymbols(List<Map<String, String>> genes) {
        Map<String, Integer> owners = new HashMap<>();
        Set<String> approved = new java.util.HashSet<>();
        for (Map<String, String> gene : genes) {
            approved.add(gene.get("symbol"));
            Set<String> own = new java.util.HashSet<>();
            for (String field : List.of("alias_symbol", "prev_symbol")) {
                own.addAll(VocabularyNames.split(gene.get(field), "\\|"));
            }
            own.forEach(a -> owners.merge(a, 1, Integer::sum));
        }
        Set<String> ambiguous = new java.util.HashSet<>(approved);
        owners.forEach((alias, count) -> {
            if (count > 1) {
                ambiguous.add(alias);
            }
        });
        return ambiguous;
    }

    /** "acetylcholinesterase (Yt blood group)" is written "acetylcholinesterase". */
    static String withoutQualifier(String name) {
        int open = name.lastIndexOf(" (");
        return open > 0 && name.endsWith(")") ? name.substring(0, open) : name;
    }

    /**
     * An alias of three letters or fewer names this gene only when it begins its symbol (AKT for
     * AKT1); other such aliases are abbreviations of something else in running text (ADP of WDTC1,
     * LSD of DNASE1L3, SMA of SMN1, MOL of DUOXA1). An alias shaped as a capitalised word names no gene either.
     */
    static boolean isTellingAlias(String alias, String symbol) {
        boolean shortLetters = alias.length() <= 3 && alias.chars().allMatch(Character::isLetter);
        return !OTHER_ABBREVIATIONS.contains(alias) && (!shortLetters || symbol.startsWith(alias))
                && !WORD_SHAPED.matcher(alias).matches();
    }

    /**
     * An alias written as a capitalised word ("Sara" of SAR1A, "Mona" of GRAP2, "Genesis" of FOXD3, "Kid" of KIF22):
     * in running text the same letters are a first name or an ordinary word at a sentence's start far more often.
     */
    private static final java.util.regex.Pattern WORD_SHAPED = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+");

    /**
     * Aliases that begin their gene's symbol but that abstracts use far more often for something else: ROS for reactive
     * oxygen species (not ROS1), MTX for methotrexate (not MTX1).
     */
    private static final Set<String> OTHER_ABBREVIATIONS = Set.of("ROS", "MTX");

    /**
     * The type of a gene from its group, its approved name and its alias names. An alias name may make it a
     * chemokine (PF4 has no gene group, but is "chemokine (C-X-C motif) ligand 4"), never a receptor.
     */
    static EntityType type(String geneGroup, String name, String aliasNames) {
        String g = geneGroup.toLowerCase(Locale.ROOT);
        String approved = name.toLowerCase(Locale.ROOT);
        if (g.contains("chemokine ligand") || (approved + "|" + aliasNames.toLowerCase(Locale.ROOT)).contains("chemokine (")) {
            return EntityType.CHEMOKINE;
        }
        boolean receptorGroup = java.util.Arrays.stream(g.split("\\|"))
                .anyMatch(group -> group.contains("receptor") && !group.contains("ligand")); // "Receptor ligands": CSF3, FGF2
        // "G protein-coupled receptor 15 ligand" (GPR15LG), "TNF receptor superfamily member 11 ligand": a receptor's ligand
        boolean ligandName = approved.matches(".*\\bligand( \\d+)?$");
        if ((receptorGroup || approved.contains("receptor")) && !ligandName) {
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
