package org.litkg.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.litkg.document.Document;
import org.litkg.document.DocumentReader;
import org.litkg.document.Span;
import org.litkg.pipeline.ProgressCount;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/**
 * Scores litkg's entity recognition on BioRED (PubTator format) for the three classes both
 * share: genes and their products (litkg's proteins, receptors and chemokines), chemicals
 * (drugs and drug classes) and diseases (diseases and cancers). A mention is right when its span
 * is exactly the gold span of the same class ("strict") or overlaps one ("overlap").
 */
public final class BioRedEvaluation {

    /** The BioRED classes litkg recognises. */
    public enum Kind {
        GENE("GeneOrGeneProduct"), CHEMICAL("ChemicalEntity"), DISEASE("DiseaseOrPhenotypicFeature");

        final String pubtator;

        Kind(String pubtator) {
            this.pubtator = pubtator;
        }

        static Optional<Kind> ofPubTator(String type) {
            for (Kind k : values()) {
                if (k.pubtator.equals(type)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }

        static Optional<Kind> of(EntityType type) {
            return switch (type) {
                case PROTEIN, RECEPTOR, CHEMOKINE -> Optional.of(GENE);
                case DRUG, DRUG_CLASS -> Optional.of(CHEMICAL);
                case DISEASE, CANCER -> Optional.of(DISEASE);
                default -> Optional.empty();
            };
        }
    }

    public record Report(Map<Kind, Score> strict, Map<Kind, Score> overlap, int abstracts) {
    }

    /** A gold mention: its class and its characters in title, separator and abstract. */
    record Annotation(Kind kind, int start, int end) {
        boolean overlaps(Annotation o) {
            return kind == o.kind && start < o.end && o.start < end;
        }
    }

    /** One abstract of a PubTator file with its gold mentions. */
    record Abstract(String pmid, String title, String body, List<Annotation> gold) {
    }

    private final java.util.function.Function<Document, RecognizedDocument> recognizer;

    public BioRedEvaluation(java.util.function.Function<Document, RecognizedDocument> recognizer) {
        this.recognizer = recognizer;
    }

    public Report evaluate(Path pubtator, Consumer<String> progress) throws IOException {
        List<Abstract> abstracts = read(pubtator);
        DocumentReader reader = new DocumentReader();
        Map<Kind, Score> strict = new EnumMap<>(Kind.class);
        Map<Kind, Score> overlap = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            strict.put(k, new Score());
            overlap.put(k, new Score());
        }
        ProgressCount counter = new ProgressCount(abstracts.size(), "abstracts", progress);
        abstracts.parallelStream().forEach(a -> {
            Document doc = reader.record(a.pmid(), a.title(), a.body(), "PMID:" + a.pmid(), Optional.empty());
            List<Annotation> predicted = predicted(recognizer.apply(doc));
            synchronized (strict) {
                for (Annotation p : predicted) {
                    strict.get(p.kind()).prediction(a.gold().contains(p));
                    overlap.get(p.kind()).prediction(a.gold().stream().anyMatch(p::overlaps));
                }
                for (Annotation g : a.gold()) {
                    strict.get(g.kind()).gold(predicted.contains(g));
                    overlap.get(g.kind()).gold(predicted.stream().anyMatch(g::overlaps));
                }
            }
            counter.step();
        });
        return new Report(strict, overlap, abstracts.size());
    }

    private static List<Annotation> predicted(RecognizedDocument recognized) {
        Set<Annotation> out = new HashSet<>();
        for (List<Mention> sentence : recognized.mentions()) {
            for (Mention m : sentence) {
                // a bare cancer word that refers to the text's specific cancer ("leukaemia cells") still names a disease
                if (!m.anaphoric() || m.method().equals("anaphor-head")) {
                    Span s = m.span();
                    Kind.of(m.type()).ifPresent(k -> out.add(new Annotation(k, s.start(), s.end())));
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** PubTator: "pmid|t|title", "pmid|a|abstract", then "pmid TAB start TAB end TAB text TAB type TAB id" lines. */
    static List<Abstract> read(Path file) throws IOException {
        Map<String, String[]> texts = new LinkedHashMap<>();
        Map<String, List<Annotation>> gold = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] bar = line.split("\\|", 3);
            if (bar.length == 3 && (bar[1].equals("t") || bar[1].equals("a"))) {
                texts.computeIfAbsent(bar[0], k -> new String[2])[bar[1].equals("t") ? 0 : 1] = bar[2];
                continue;
            }
            String[] c = line.split("\t");
            if (c.length >= 5 && c[1].chars().allMatch(Character::isDigit)) {
                int start = Integer.parseInt(c[1]);
                int end = Integer.parseInt(c[2]);
                Kind.ofPubTator(c[4]).ifPresent(k -> gold.computeIfAbsent(c[0], x -> new ArrayList<>()).add(new Annotation(k, start, end)));
            } else if (c.length < 4) {
                throw new IllegalArgumentException(file + " line " + lineNo + ": not a PubTator title, abstract, annotation or relation line");
            }
        }
        List<Abstract> out = new ArrayList<>();
        texts.forEach((pmid, t) -> out.add(new Abstract(pmid, t[0], t[1] == null ? "" : t[1],
                Collections.unmodifiableList(gold.getOrDefault(pmid, List.of())))));
        return out;
    }
}
