package org.litkg.extraction;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.litkg.analysis.AnalyzedDocument;
import org.litkg.document.Document;
import org.litkg.document.Span;
import org.litkg.extraction.Node.EntityNode;
import org.litkg.extraction.Node.StudyNode;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/**
 * A document's reading (without its analysis) as compact bytes and back, so a build can spill what
 * it read to disk, or hand it between Spark stages, instead of holding a corpus in memory. Entities
 * and studies that statements point to are written as indexes, so the object graph reads back with
 * the same sharing. The format is private to one build: no version, not for storage.
 */
public final class ExtractionCodec {

    private ExtractionCodec() {
    }

    public static byte[] encode(DocumentExtraction x) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Writer w = new Writer(out, x);
            w.document(x.recognized().analyzed().document());
            w.entities();
            w.studies();
            w.statements();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static DocumentExtraction decode(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            Reader r = new Reader(in);
            Document document = r.document();
            DocumentEntities entities = r.entities();
            List<Study> studies = r.studies(entities);
            List<Statement> statements = r.statements(entities, studies);
            RecognizedDocument recognized = new RecognizedDocument(new AnalyzedDocument(document, List.of()), List.of(), entities);
            return new DocumentExtraction(recognized, studies, statements);
        } catch (IOException e) {
            throw new UncheckedIOException("a spilled reading is damaged: " + e.getMessage(), e);
        }
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final DocumentExtraction x;
        private final Map<DocumentEntities.Entity, Integer> entityIndex = new IdentityHashMap<>();
        private final Map<Study, Integer> studyIndex = new IdentityHashMap<>();

        Writer(DataOutputStream out, DocumentExtraction x) {
            this.out = out;
            this.x = x;
        }

        void document(Document d) throws IOException {
            string(d.id());
            string(d.title());
            string(d.text());
            string(d.source());
            string(d.date().orElse(null));
            string(d.sha256());
            out.writeInt(d.proseBlocks().size());
            for (Span s : d.proseBlocks()) {
                span(s);
            }
        }

        void entities() throws IOException {
            List<DocumentEntities.Entity> all = x.recognized().entities().all();
            out.writeInt(all.size());
            for (DocumentEntities.Entity e : all) {
                entityIndex.put(e, entityIndex.size());
                out.writeInt(e.id());
                out.writeByte(e.type().ordinal());
                string(e.lexiconId());
                out.writeInt(e.names().size());
                for (Map.Entry<String, Integer> n : e.names().entrySet()) {
                    string(n.getKey());
                    out.writeInt(n.getValue());
                }
                out.writeInt(e.mentions().size());
                for (Mention m : e.mentions()) {
                    mention(m);
                }
            }
        }

        private void mention(Mention m) throws IOException {
            out.writeInt(m.sentence());
            out.writeInt(m.from());
            out.writeInt(m.to());
            span(m.span());
            string(m.text());
            out.writeByte(m.type().ordinal());
            string(m.name());
            string(m.lexiconId());
            out.writeDouble(m.confidence());
            string(m.method());
            out.writeBoolean(m.anaphoric());
        }

        void studies() throws IOException {
            out.writeInt(x.studies().size());
            for (Study s : x.studies()) {
                studyIndex.put(s, studyIndex.size());
                out.writeInt(s.ordinal());
                out.writeInt(s.journal().map(j -> entity(j.entity())).orElse(-1));
                string(s.date().orElse(null));
            }
        }

        void statements() throws IOException {
            out.writeInt(x.statements().size());
            for (Statement s : x.statements()) {
                Evidence e = s.evidence();
                out.writeByte(s.relation().ordinal());
                out.writeInt(e.sentenceIndex());
                span(e.sentence());
                string(e.sentenceText());
                argument(e.subject());
                argument(e.object());
                span(e.trigger());
                string(e.triggerText());
                string(e.method());
                out.writeDouble(e.confidence());
                out.writeBoolean(e.negated());
                out.writeBoolean(e.hedged());
            }
        }

        private void argument(Argument a) throws IOException {
            if (a.node() instanceof EntityNode n) {
                out.writeBoolean(true);
                out.writeInt(entity(n.entity()));
            } else {
                Integer study = studyIndex.get(((StudyNode) a.node()).study());
                if (study == null) {
                    throw new IllegalStateException("a statement names a study the document does not report");
                }
                out.writeBoolean(false);
                out.writeInt(study);
            }
            span(a.span());
            string(a.text());
            out.writeBoolean(a.reference());
        }

        private int entity(DocumentEntities.Entity e) {
            Integer i = entityIndex.get(e);
            if (i == null) {
                throw new IllegalStateException("a statement names an entity the document does not list: " + e.preferredName());
            }
            return i;
        }

        private void span(Span s) throws IOException {
            out.writeInt(s.start());
            out.writeInt(s.end());
        }

        /** Length-prefixed UTF-8, -1 for null: writeUTF stops at 64 KB and a document may be longer. */
        private void string(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    private static final class Reader {
        private static final EntityType[] TYPES = EntityType.values();
        private static final RelationType[] RELATIONS = RelationType.values();
        private final DataInputStream in;

        Reader(DataInputStream in) {
            this.in = in;
        }

        Document document() throws IOException {
            String id = string();
            String title = string();
            String text = string();
            String source = string();
            Optional<String> date = Optional.ofNullable(string());
            String sha256 = string();
            int blocks = in.readInt();
            List<Span> prose = new ArrayList<>(blocks);
            for (int i = 0; i < blocks; i++) {
                prose.add(span());
            }
            return new Document(id, title, text, source, date, sha256, prose);
        }

        DocumentEntities entities() throws IOException {
            int n = in.readInt();
            List<DocumentEntities.Entity> entities = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int id = in.readInt();
                EntityType type = TYPES[in.readByte()];
                String lexiconId = string();
                int nameCount = in.readInt();
                Map<String, Integer> names = new LinkedHashMap<>();
                for (int j = 0; j < nameCount; j++) {
                    names.put(string(), in.readInt());
                }
                int mentionCount = in.readInt();
                List<Mention> mentions = new ArrayList<>(mentionCount);
                for (int j = 0; j < mentionCount; j++) {
                    mentions.add(mention());
                }
                entities.add(new DocumentEntities.Entity(id, type, lexiconId, names, List.copyOf(mentions)));
            }
            return DocumentEntities.of(entities);
        }

        private Mention mention() throws IOException {
            return new Mention(in.readInt(), in.readInt(), in.readInt(), span(), string(), TYPES[in.readByte()], string(),
                    string(), in.readDouble(), string(), in.readBoolean());
        }

        List<Study> studies(DocumentEntities entities) throws IOException {
            int n = in.readInt();
            List<Study> studies = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Study s = new Study(in.readInt());
                int journal = in.readInt();
                if (journal >= 0) {
                    s.setJournal(new EntityNode(entities.all().get(journal)));
                }
                String date = string();
                if (date != null) {
                    s.setDateIfAbsent(date);
                }
                studies.add(s);
            }
            return studies;
        }

        List<Statement> statements(DocumentEntities entities, List<Study> studies) throws IOException {
            int n = in.readInt();
            List<Statement> statements = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                RelationType relation = RELATIONS[in.readByte()];
                Evidence e = new Evidence(in.readInt(), span(), string(), argument(entities, studies), argument(entities, studies),
                        span(), string(), string(), in.readDouble(), in.readBoolean(), in.readBoolean());
                statements.add(new Statement(relation, e));
            }
            return statements;
        }

        private Argument argument(DocumentEntities entities, List<Study> studies) throws IOException {
            boolean entity = in.readBoolean();
            int index = in.readInt();
            Node node = entity ? new EntityNode(entities.all().get(index)) : new StudyNode(studies.get(index));
            return new Argument(node, span(), string(), in.readBoolean());
        }

        private Span span() throws IOException {
            return new Span(in.readInt(), in.readInt());
        }

        private String string() throws IOException {
            int length = in.readInt();
            if (length < 0) {
                return null;
            }
            byte[] b = new byte[length];
            in.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        }
    }
}
