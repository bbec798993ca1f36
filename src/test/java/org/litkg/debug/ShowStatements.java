package org.litkg.debug;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.litkg.analysis.LanguageResources;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.OpenNlpAnalyzer;
import org.litkg.document.Document;
import org.litkg.document.DocumentReader;
import org.litkg.extraction.DocumentExtraction;
import org.litkg.extraction.Node;
import org.litkg.extraction.RelationExtractor;
import org.litkg.extraction.Statement;
import org.litkg.extraction.TriggerLexicon;
import org.litkg.recognition.Cues;
import org.litkg.recognition.EntityRecognizer;
import org.litkg.recognition.Lexicon;

/** Developer aid: prints the statements read from the given files. */
public final class ShowStatements {
    public static void main(String[] args) {
        TriggerLexicon triggers = TriggerLexicon.load();
        Lemmatizer lem = LanguageResources.lemmatizer(triggers.lemmas());
        Cues cues = Cues.load();
        OpenNlpAnalyzer analyzer = new OpenNlpAnalyzer(lem);
        EntityRecognizer rec = new EntityRecognizer(Lexicon.load(List.of()), cues, lem);
        RelationExtractor rex = new RelationExtractor(triggers, cues);
        List<Document> docs = new ArrayList<>();
        new DocumentReader().read(List.of(args).stream().map(Path::of).toList(), docs::add, e -> System.err.println(e));
        for (Document d : docs) {
            System.out.println("=== " + d.id());
            DocumentExtraction x = rex.extract(rec.recognize(analyzer.analyze(d)));
            for (Statement s : x.statements()) {
                var e = s.evidence();
                System.out.printf("S%d %s %s %s  [%s|%s] %s %.2f%s%s%n", e.sentenceIndex(), name(s.subject()), s.relation().property(),
                        name(s.object()), e.subject().text(), e.object().text(), e.method(), e.confidence(),
                        e.negated() ? " NEG" : "", e.hedged() ? " HEDGE" : "");
            }
        }
    }

    static String name(Node n) {
        return n instanceof Node.EntityNode en ? en.entity().preferredName()
                : "study#" + ((Node.StudyNode) n).study().ordinal() + ((Node.StudyNode) n).study().journal().map(j -> "(" + j.entity().preferredName() + ")").orElse("");
    }
}
