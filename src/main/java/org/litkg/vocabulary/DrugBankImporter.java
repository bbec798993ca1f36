package org.litkg.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.litkg.document.CsvFields;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.LexiconEntry;

/** The DrugBank open vocabulary (CSV with a header; synonyms separated by " | "): every entry a drug. */
public final class DrugBankImporter {

    /** Names in the vocabulary that are everyday words in news text. */
    private static final Set<String> EVERYDAY = Set.of("water", "oxygen", "air", "gold", "silver", "iron", "copper", "zinc",
            "salt", "sugar", "alcohol", "caffeine", "honey", "milk", "coffee", "tea", "vitamin", "protein", "placebo", "saline",
            "blood", "maize", "sulphate"); // "mobilises stem cells into the blood, where": the body's blood, no transfusion

    private DrugBankImporter() {
    }

    public static int read(Path file, Consumer<LexiconEntry> out) throws IOException {
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.startsWith("DrugBank ID")) {
                throw new IllegalArgumentException(file + ": expected the DrugBank vocabulary CSV, whose header starts 'DrugBank ID'");
            }
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                List<String> c = csv(line);
                if (c.size() < 6) {
                    throw new IllegalArgumentException(file + " line " + lineNo + ": expected 7 comma-separated columns");
                }
                String id = c.get(0);
                String common = c.get(2);
                List<String> names = new ArrayList<>(List.of(common));
                names.addAll(withoutAntigens(common, VocabularyNames.split(c.get(5), " \\| ")));
                names.removeIf(DrugBankImporter::isCellPopulation);
                List<String> usable = VocabularyNames.usable(names, EVERYDAY);
                if (usable.isEmpty()) {
                    continue;
                }
                List<String> xrefs = new ArrayList<>(List.of("DrugBank:" + id));
                if (!c.get(4).isEmpty()) {
                    xrefs.add("UNII:" + c.get(4));
                }
                out.accept(new LexiconEntry("drugbank-" + id.toLowerCase(Locale.ROOT), EntityType.DRUG, common, usable, xrefs,
                        false, false));
                n++;
            }
        }
        return n;
    }

    /**
     * A vaccine's synonyms without the names of the antigen it contains: "Hepatitis B Vaccine (Recombinant)" lists
     * "Hepatitis B surface antigen" and "HBSAG", which in text name the virus's protein, not the vaccine.
     */
    static List<String> withoutAntigens(String common, List<String> synonyms) {
        if (!common.toLowerCase(Locale.ROOT).contains("vaccine")) {
            return synonyms;
        }
        return synonyms.stream().filter(n -> n.toLowerCase(Locale.ROOT).contains("vaccine")).toList();
    }

    /** A surface marker and "cells" alone: "CD34+ Cells", "CD133 cells" (but a product's code, "NK-92 cells", stays). */
    private static final java.util.regex.Pattern CELL_POPULATION = java.util.regex.Pattern.compile(
            "(?i)(CD\\d+\\S*|\\S+\\+)\\s+cells?");

    /**
     * A cell therapy's synonym that names only the cells it is made of ("CD34+ Cells" for an autologous product): in
     * text it names the cells, as in "collection of CD34+ cells", not the product.
     */
    static boolean isCellPopulation(String name) {
        return CELL_POPULATION.matcher(name.strip()).matches();
    }

    /** One line's fields (no line breaks inside fields in this file), each stripped. */
    static List<String> csv(String line) {
        List<List<String>> rows = CsvFields.rows(line, ',');
        return rows.isEmpty() ? List.of() : rows.get(0).stream().map(String::strip).toList();
    }
}
