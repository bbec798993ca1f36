package org.litkg.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.LexiconEntry;

/**
 * OBO ontologies: the Disease Ontology (diseases; cancers are the terms under DOID:162) and the
 * Cell Ontology (cell types). Names and EXACT synonyms; obsolete terms and the roots are left out.
 */
public final class OboImporter {

    public static final String CANCER_ROOT = "DOID:162";
    private static final Pattern SYNONYM = Pattern.compile("^synonym: \"(.*)\" EXACT");
    private static final Set<String> ROOTS = Set.of("DOID:4", CANCER_ROOT, "CL:0000000", "CL:0000003");
    private static final Set<String> GENERIC = Set.of("disease", "cancer", "syndrome", "disorder", "cell", "native cell");

    private record Term(String id, String name, List<String> synonyms, List<String> parents, List<String> xrefs) {
    }

    private OboImporter() {
    }

    public static int readDiseases(Path file, Consumer<LexiconEntry> out) throws IOException {
        List<Term> terms = read(file, "DOID:");
        Set<String> cancers = descendants(terms, CANCER_ROOT);
        int n = 0;
        for (Term t : terms) {
            EntityType type = cancers.contains(t.id()) ? EntityType.CANCER : EntityType.DISEASE;
            n += emit(t, type, "doid-", out);
        }
        return n;
    }

    public static int readCellTypes(Path file, Consumer<LexiconEntry> out) throws IOException {
        int n = 0;
        for (Term t : read(file, "CL:")) {
            n += emit(t, EntityType.CELL_TYPE, "cl-", out);
        }
        return n;
    }

    private static int emit(Term t, EntityType type, String idPrefix, Consumer<LexiconEntry> out) {
        if (ROOTS.contains(t.id())) {
            return 0;
        }
        List<String> names = new ArrayList<>(List.of(t.name()));
        names.addAll(t.synonyms());
        List<String> usable = VocabularyNames.usable(names, GENERIC);
        if (usable.isEmpty()) {
            return 0;
        }
        List<String> xrefs = new ArrayList<>(List.of(t.id()));
        xrefs.addAll(t.xrefs());
        String local = t.id().substring(t.id().indexOf(':') + 1);
        out.accept(new LexiconEntry(idPrefix + local, type, t.name(), usable, xrefs, false, false));
        return 1;
    }

    private static List<Term> read(Path file, String idPrefix) throws IOException {
        List<Term> terms = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            String id = null;
            String name = null;
            boolean obsolete = false;
            boolean inTerm = false;
            List<String> synonyms = new ArrayList<>();
            List<String> parents = new ArrayList<>();
            List<String> xrefs = new ArrayList<>();
            while ((line = in.readLine()) != null) {
                if (line.startsWith("[")) {
                    if (inTerm && id != null && name != null && !obsolete && id.startsWith(idPrefix)) {
                        terms.add(new Term(id, name, synonyms, parents, xrefs));
                    }
                    inTerm = line.equals("[Term]");
                    id = null;
                    name = null;
                    obsolete = false;
                    synonyms = new ArrayList<>();
                    parents = new ArrayList<>();
                    xrefs = new ArrayList<>();
                } else if (inTerm) {
                    if (line.startsWith("id: ")) {
                        id = line.substring(4).strip();
                    } else if (line.startsWith("name: ")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("is_obsolete: true")) {
                        obsolete = true;
                    } else if (line.startsWith("is_a: ")) {
                        parents.add(line.substring(6).split("[ !{]")[0]);
                    } else if (line.startsWith("xref: MESH:")) {
                        xrefs.add("MESH:" + line.substring(11).split(" ")[0]);
                    } else {
                        Matcher m = SYNONYM.matcher(line);
                        if (m.find()) {
                            synonyms.add(m.group(1).replace("\\\"", "\""));
                        }
                    }
                }
            }
            if (inTerm && id != null && name != null && !obsolete && id.startsWith(idPrefix)) {
                terms.add(new Term(id, name, synonyms, parents, xrefs));
            }
        }
        if (terms.isEmpty()) {
            throw new IllegalArgumentException(file + ": no [Term] with an id starting '" + idPrefix + "'; is this the right OBO file?");
        }
        return terms;
    }

    private static Set<String> descendants(List<Term> terms, String root) {
        Map<String, List<String>> children = new HashMap<>();
        for (Term t : terms) {
            for (String p : t.parents()) {
                children.computeIfAbsent(p, k -> new ArrayList<>()).add(t.id());
            }
        }
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            for (String c : children.getOrDefault(todo.pop(), List.of())) {
                if (seen.add(c)) {
                    todo.push(c);
                }
            }
        }
        return seen;
    }

}
