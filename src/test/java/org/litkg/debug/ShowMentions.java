package org.litkg.debug;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.litkg.analysis.LanguageResources;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.OpenNlpAnalyzer;
import org.litkg.document.Document;
import org.litkg.document.DocumentReader;
import org.litkg.recognition.Cues;
import org.litkg.recognition.EntityRecognizer;
import org.litkg.recognition.Lexicon;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/** Developer aid: prints sentences and their mentions for the given files. */
public final class ShowMentions {
    public static void main(String[] args) {
        Lemmatizer lem = LanguageResources.lemmatizer(List.of());
        OpenNlpAnalyzer analyzer = new OpenNlpAnalyzer(lem);
        EntityRecognizer rec = new EntityRecognizer(Lexicon.load(List.of()), Cues.load(), lem);
        List<Document> docs = new ArrayList<>();
        new DocumentReader().read(List.of(args).stream().map(Path::of).toList(), docs::add, e -> System.err.println(e));
        for (Document d : docs) {
            System.out.println("=== " + d.id() + " | " + d.title() + " | " + d.date());
            RecognizedDocument r = rec.recognize(analyzer.analyze(d));
            for (int i = 0; i < r.analyzed().sentences().size(); i++) {
                System.out.println("S" + i + ": " + r.analyzed().sentences().get(i).text());
                for (Mention m : r.mentions().get(i)) {
                    String ent = m.anaphoric() ? "~" : "#" + r.entities().of(m).id() + " " + r.entities().of(m).preferredName();
                    System.out.println("    [" + m.text() + "] " + m.type() + " '" + m.name() + "' " + m.method() + " " + ent);
                }
            }
        }
    }
}
