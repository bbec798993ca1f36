package org.litkg.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.litkg.document.Document;
import org.litkg.document.DocumentReader;

/**
 * The files of one ChemProt split in a folder: {@code chemprot_<split>_abstracts.tsv} (pmid, title, abstract),
 * {@code _entities.tsv} (pmid, id, type, start, end, text; offsets into the title, one separator and the abstract)
 * and {@code _gold_standard.tsv} (pmid, group, arg1, arg2).
 */
final class ChemProtFiles {

    /** A gold mention: its ChemProt type (CHEMICAL, GENE-Y, GENE-N) and its characters in the document text. */
    record Entity(String pmid, String id, String type, int start, int end, String text) {
    }

    private final Path dir;
    private final String split;

    ChemProtFiles(Path dir, String split) {
        this.dir = dir;
        this.split = split;
    }

    /** Each abstract as a document whose text is its title, a line break and its abstract. */
    List<Document> abstracts() throws IOException {
        DocumentReader reader = new DocumentReader();
        List<Document> documents = new ArrayList<>();
        for (String[] c : rows("abstracts", 3)) {
            documents.add(reader.record(c[0], c[1], c[2], "PMID:" + c[0], Optional.empty()));
        }
        return documents;
    }

    List<Entity> entities() throws IOException {
        List<Entity> entities = new ArrayList<>();
        for (String[] c : rows("entities", 6)) {
            entities.add(new Entity(c[0], c[1], c[2], Integer.parseInt(c[3].strip()), Integer.parseInt(c[4].strip()), c[5]));
        }
        return entities;
    }

    /** The gold relations: pmid, group ("CPR:4"), arg1 ("Arg1:T12"), arg2. */
    List<String[]> gold() throws IOException {
        return rows("gold_standard", 4);
    }

    private List<String[]> rows(String kind, int columns) throws IOException {
        Path file = dir.resolve("chemprot_" + split + "_" + kind + ".tsv");
        List<String[]> rows = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < columns) {
                throw new IllegalArgumentException(file + " line " + lineNo + ": expected " + columns + " tab-separated columns");
            }
            rows.add(c);
        }
        return rows;
    }
}
