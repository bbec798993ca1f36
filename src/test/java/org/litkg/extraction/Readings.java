package org.litkg.extraction;

import java.util.List;
import java.util.Optional;
import org.litkg.document.Document;
import org.litkg.document.PageLayout;
import org.litkg.pipeline.Pipeline;

/** Reads a text written for a test with the seed lexicon and shows its statements as "subject relation object [NEG] [HEDGE]". */
final class Readings {

    private static Pipeline pipeline;

    private Readings() {
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = new Pipeline(List.of());
        }
        return pipeline;
    }

    /** What a pipeline (one built with other vocabularies, say) extracts from a text written for a test. */
    static DocumentExtraction extract(Pipeline with, String text) {
        Document doc = new Document("test", "test", text, "test", Optional.empty(), "0", PageLayout.proseBlocks(text));
        return with.extract(doc);
    }

    static List<Statement> statements(String text) {
        return extract(pipeline(), text).statements();
    }

    /** The entities the pipeline recognises in a text written for a test. */
    static List<org.litkg.recognition.DocumentEntities.Entity> entities(String text) {
        return extract(pipeline(), text).recognized().entities().all();
    }

    /** The entities the pipeline recognises in a text written for a test, as "TYPE preferred name". */
    static List<String> typedNames(String text) {
        return entities(text).stream().map(e -> e.type() + " " + e.preferredName()).toList();
    }

    static List<String> read(String text) {
        return statements(text).stream().map(Readings::show).toList();
    }

    /** The text a plain file reduces to, its own layouts (tables, turns, crawls, indexes) spelt out. */
    static String plain(String text) {
        return org.litkg.document.SourceFormat.PLAIN.reduce(text).text();
    }

    /** What a plain file says once reduced, as a build reads it. */
    static List<String> readPlain(String text) {
        return read(plain(text));
    }

    static String show(Statement s) {
        String flags = (s.evidence().negated() ? " NEG" : "") + (s.evidence().hedged() ? " HEDGE" : "");
        return name(s.subject()) + " " + s.relation().property() + " " + name(s.object()) + flags;
    }

    static String name(Node n) {
        return n instanceof Node.EntityNode e ? e.entity().preferredName() : "study";
    }

    /** The study node the statements say {@code leader} leads. */
    static Node ledStudy(List<Statement> statements, String leader) {
        return statements.stream().filter(s -> s.relation() == RelationType.LED_BY
                && name(s.object()).equals(leader)).findFirst().orElseThrow().subject();
    }
}
