package org.litkg.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.litkg.extraction.RelationType;
import org.litkg.recognition.EntityType;

/**
 * A gold file: one row a fact, tab-separated: document, subject, relation, object[, hedged].
 * Subject and object list the aliases the text uses ("plerixafor|AMD3100"); "study" is the study
 * the document reports. Relation "not:R" is a negated finding, which must never be asserted;
 * relation "type" gives the class of the entity in the subject column (object: Drug, Receptor, ...).
 */
public record GoldStandard(List<Fact> facts, List<Typing> typings) {

    public static final String STUDY = "study";

    public record Fact(String document, Set<String> subject, RelationType relation, Set<String> object,
                       boolean negated, boolean hedged, String where) {
    }

    public record Typing(String document, Set<String> names, EntityType type, String where) {
    }

    public static GoldStandard read(Path file) throws IOException {
        List<Fact> facts = new ArrayList<>();
        List<Typing> typings = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = file + " line " + (i + 1);
            String[] c = line.split("\t", -1);
            if (c.length < 4 || c.length > 5) {
                throw new IllegalArgumentException(where + ": expected document, subject, relation, object[, hedged] separated by tabs");
            }
            String document = documentKey(c[0]);
            if (c[2].equals("type")) {
                typings.add(new Typing(document, Names.aliases(c[1]), parseType(c[3], where), where));
                continue;
            }
            boolean negated = c[2].startsWith("not:");
            RelationType relation = parseRelation(negated ? c[2].substring(4) : c[2], where);
            boolean hedged = c.length == 5 && c[4].strip().equals("hedged");
            if (c.length == 5 && !hedged && !c[4].isBlank()) {
                throw new IllegalArgumentException(where + ": the fifth column may only say 'hedged'");
            }
            facts.add(new Fact(document, Names.aliases(c[1]), relation, Names.aliases(c[3]), negated, hedged, where));
        }
        return new GoldStandard(List.copyOf(facts), List.copyOf(typings));
    }

    private static RelationType parseRelation(String name, String where) {
        try {
            return RelationType.byProperty(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static EntityType parseType(String name, String where) {
        try {
            return EntityType.parse(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    /** Documents are named by file name; the extension does not matter, nor a gzipped file's ".gz". */
    public static String documentKey(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1).replaceFirst("(?i)\\.gz$", "");
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
