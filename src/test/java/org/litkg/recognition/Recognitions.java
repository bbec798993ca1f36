package org.litkg.recognition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.litkg.document.Document;
import org.litkg.document.DocumentReader;
import org.litkg.pipeline.Pipeline;

/** Recognises a text written for a test with the seed lexicon (or a given pipeline) and shows its named mentions. */
final class Recognitions {

    private static Pipeline pipeline;

    private Recognitions() {
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = new Pipeline(List.of());
        }
        return pipeline;
    }

    static RecognizedDocument recognize(Pipeline p, String text) {
        Document doc = new DocumentReader().record("t", null, text, "test", Optional.empty());
        return p.recognize(doc);
    }

    static RecognizedDocument recognize(String text) {
        return recognize(pipeline(), text);
    }

    /** Mention text to type name, for the mentions that are names (not references back). */
    static Map<String, String> mentions(Pipeline p, String text) {
        return recognize(p, text).mentions().stream().flatMap(List::stream).filter(m -> !m.anaphoric())
                .collect(Collectors.toMap(Mention::text, m -> m.type().className(), (a, b) -> a));
    }

    static Map<String, String> mentions(String text) {
        return mentions(pipeline(), text);
    }

    /** The preferred name of the entity the first mention with this text names, or null. */
    static String entityName(RecognizedDocument doc, String mentionText) {
        return doc.mentions().stream().flatMap(List::stream).filter(m -> m.text().equals(mentionText)).findFirst()
                .map(m -> doc.entities().of(m).preferredName()).orElse(null);
    }
}
