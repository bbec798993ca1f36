package org.litkg.rdf;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.litkg.document.Document;
import org.litkg.document.Span;
import org.litkg.extraction.DocumentExtraction;
import org.litkg.extraction.Evidence;
import org.litkg.extraction.RelationType;
import org.litkg.extraction.Statement;
import org.litkg.extraction.Study;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.Mention;

/**
 * Maps what was read to RDF. One named graph per document holds its metadata, its studies, the
 * relations it asserts and their evidence (RDF 1.2 reifiers: {@code ?e rdf:reifies <<( s p o )>>});
 * the entities graph holds one description per entity; the statements graph holds each asserted
 * relation's aggregate belief; the provenance graph holds the build activity and read times (the
 * only triples that change from one build of the same documents to the next).
 *
 * <p>The quads go to a {@link StreamRDF} as they are made, a document at a time, so a corpus graph
 * need never be held whole: only the {@link Beliefs.Tally} of each triple is kept until
 * {@link #statements()}. Call {@link #entities}, then {@link #document} for each document, then
 * {@link #statements()} and {@link #activity}.
 */
public final class GraphBuilder {

    private final String pipelineVersion;
    private final StreamRDF sink;
    private final Map<Triple, Beliefs.Tally> tallies = new LinkedHashMap<>();

    public GraphBuilder(String pipelineVersion, StreamRDF sink) {
        this.pipelineVersion = pipelineVersion;
        this.sink = sink;
    }

    /** Builds the whole dataset in memory; {@code startedAt} and {@code endedAt} go into the provenance graph only. */
    public static DatasetGraph build(String pipelineVersion, List<DocumentExtraction> extractions, EntityResolver entities,
                                     String fingerprint, Instant startedAt, Instant endedAt) {
        DatasetGraph dsg = inMemory();
        GraphBuilder builder = new GraphBuilder(pipelineVersion, StreamRDFLib.dataset(dsg));
        Node build = Iris.build(fingerprint);
        builder.entities(entities);
        extractions.forEach(x -> builder.document(x, entities, build, endedAt));
        builder.statements();
        builder.activity(build, LKG.Build, startedAt, endedAt);
        return dsg;
    }

    /** An empty in-memory dataset with litkg's prefixes, for what this class streams. */
    public static DatasetGraph inMemory() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        dsg.prefixes().putAll(Vocab.prefixes());
        return dsg;
    }

    /**
     * The quads {@code extractions} add to a store that already holds other documents: their
     * entities, their document graphs and provenance, and the activity that read them. The
     * statements graph is left out: a statement's belief counts the evidence of every document, so
     * the writer recomputes it in the store for the {@link #touchedTriples()}.
     */
    public void documents(List<DocumentExtraction> extractions, EntityResolver entities, Node activity,
                          Instant startedAt, Instant endedAt) {
        entities(entities);
        extractions.forEach(x -> document(x, entities, activity, endedAt));
        activity(activity, LKG.Ingest, startedAt, endedAt);
    }

    /** Every triple the documents built so far assert or deny. */
    public Set<Triple> touchedTriples() {
        return Collections.unmodifiableSet(tallies.keySet());
    }

    /** What the documents built so far say of each triple: to merge with other builders' ({@link Beliefs.Tally#merge}). */
    public Map<Triple, Beliefs.Tally> tallies() {
        return Collections.unmodifiableMap(tallies);
    }

    /** The entities graph: one description per resolved entity. */
    public void entities(EntityResolver entities) {
        for (ResolvedEntity e : entities.all()) {
            addEntity(e);
        }
    }

    /** The statements graph, from the evidence of the documents built: see {@link Beliefs}. */
    public void statements() {
        tallies.forEach((triple, tally) -> Beliefs.add(sink, triple, tally));
    }

    /** The activity that read the documents, with its kind ({@code lkg:Build}, {@code lkg:Ingest}) and times. */
    public void activity(Node activity, Node kind, Instant startedAt, Instant endedAt) {
        Node g = Iris.PROVENANCE_GRAPH;
        sink.quad(Quad.create(g, activity, Vocab.type, Vocab.activity));
        sink.quad(Quad.create(g, activity, Vocab.type, kind));
        sink.quad(Quad.create(g, activity, LKG.softwareVersion, NodeFactory.createLiteralString("litkg " + pipelineVersion)));
        sink.quad(Quad.create(g, activity, Vocab.startedAtTime, dateTime(startedAt)));
        sink.quad(Quad.create(g, activity, Vocab.endedAtTime, dateTime(endedAt)));
    }

    private void addEntity(ResolvedEntity e) {
        Node g = Iris.ENTITIES_GRAPH;
        sink.quad(Quad.create(g, e.iri(), Vocab.type, LKG.term(e.type().className())));
        sink.quad(Quad.create(g, e.iri(), Vocab.label, NodeFactory.createLiteralString(e.label())));
        for (String alt : e.altLabels()) {
            sink.quad(Quad.create(g, e.iri(), Vocab.altLabel, NodeFactory.createLiteralString(alt)));
        }
        for (String xref : e.xrefs()) {
            sink.quad(Quad.create(g, e.iri(), Vocab.identifier, NodeFactory.createLiteralString(xref)));
            sink.quad(Quad.create(g, e.iri(), Vocab.exactMatch, NodeFactory.createURI(identifiersOrg(xref))));
        }
    }

    /**
     * One document's graph and its provenance, read by {@code activity} at {@code readAt}. Its quads
     * are gathered as a set first, so a triple two sentences assert goes out once.
     */
    public void document(DocumentExtraction x, EntityResolver entities, Node activity, Instant readAt) {
        DocumentQuads quads = new DocumentQuads();
        Document d = x.recognized().analyzed().document();
        Node g = Iris.documentGraph(d.id());
        Node doc = Iris.document(d.id());
        quads.add(g, doc, Vocab.type, LKG.Document);
        quads.add(g, doc, Vocab.title, NodeFactory.createLiteralString(d.title()));
        quads.add(g, doc, Vocab.source, NodeFactory.createLiteralString(d.source()));
        quads.add(g, doc, LKG.sha256, NodeFactory.createLiteralString(d.sha256()));
        d.date().ifPresent(date -> quads.add(g, doc, Vocab.date, NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate)));
        quads.add(g, doc, LKG.text, NodeFactory.createLiteralString(d.text()));
        addMentions(quads, g, doc, x, entities);
        quads.add(Iris.PROVENANCE_GRAPH, doc, LKG.readAt, dateTime(readAt));
        quads.add(Iris.PROVENANCE_GRAPH, activity, Vocab.used, doc);
        StatementNodes nodes = new StatementNodes(d.id(), entities);
        for (Study study : x.studies()) {
            Node iri = nodes.study(study);
            quads.add(g, iri, Vocab.type, LKG.term("Study"));
            quads.add(g, iri, LKG.reportedIn, doc);
            quads.add(g, iri, Vocab.label, NodeFactory.createLiteralString(studyLabel(study, x, nodes, d)));
            study.date().ifPresent(date -> quads.add(g, iri, Vocab.date, NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate)));
        }
        for (Statement s : x.statements()) {
            addStatement(quads, g, doc, d.id(), s, nodes);
        }
        quads.all.forEach(sink::quad);
    }

    /** A document's quads as a set, in the order first made. */
    private static final class DocumentQuads {
        private final Set<Quad> all = new LinkedHashSet<>();

        void add(Node g, Node s, Node p, Node o) {
            all.add(Quad.create(g, s, p, o));
        }
    }

    /**
     * Where each entity is named, one triple a mention: {@code <doc#char=12,19> lkg:refersTo <entity>}
     * (an RFC 5147 fragment, so the offsets travel in the IRI), and {@code <doc> lkg:mentions <entity>}
     * once per entity, so "documents that mention X" is a single triple pattern.
     */
    private static void addMentions(DocumentQuads quads, Node g, Node doc, DocumentExtraction x, EntityResolver entities) {
        for (DocumentEntities.Entity entity : x.recognized().entities().all()) {
            Node iri = entities.of(entity).iri();
            quads.add(g, doc, LKG.mentions, iri);
            for (Mention m : entity.mentions()) {
                Node span = NodeFactory.createURI(doc.getURI() + "#char=" + m.span().start() + "," + m.span().end());
                quads.add(g, span, LKG.refersTo, iri);
            }
        }
    }

    private void addStatement(DocumentQuads quads, Node g, Node doc, String docId, Statement s, StatementNodes nodes) {
        Node subject = nodes.of(s.subject());
        Node object = nodes.of(s.object());
        Node property = LKG.term(s.relation().property());
        if (s.relation().symmetric() && subject.getURI().compareTo(object.getURI()) > 0) {
            Node swap = subject;
            subject = object;
            object = swap;
        }
        Triple triple = Triple.create(subject, property, object);
        Evidence ev = s.evidence();
        Node e = Iris.evidence(docId, String.valueOf(ev.sentence().start()), subject.getURI(), property.getURI(),
                object.getURI(), String.valueOf(ev.subject().span().start()), String.valueOf(ev.object().span().start()),
                ev.method(), String.valueOf(ev.negated()));
        Node confidence = decimal(ev.confidence());
        if (!ev.negated()) {
            quads.add(g, subject, property, object);
        }
        tallies.merge(triple, Beliefs.Tally.of(ev.negated(), Double.parseDouble(confidence.getLiteralLexicalForm()), docId),
                Beliefs.Tally::merge);
        quads.add(g, e, Vocab.type, LKG.Evidence);
        quads.add(g, e, Vocab.reifies, NodeFactory.createTripleTerm(triple));
        quads.add(g, e, LKG.document, doc);
        quads.add(g, e, LKG.sentenceText, NodeFactory.createLiteralString(ev.sentenceText()));
        quads.add(g, e, LKG.sentenceIndex, integer(ev.sentenceIndex()));
        quads.add(g, e, LKG.sentenceStart, integer(ev.sentence().start()));
        quads.add(g, e, LKG.sentenceEnd, integer(ev.sentence().end()));
        quads.add(g, e, LKG.subjectText, NodeFactory.createLiteralString(ev.subject().text()));
        quads.add(g, e, LKG.subjectStart, integer(ev.subject().span().start()));
        quads.add(g, e, LKG.subjectEnd, integer(ev.subject().span().end()));
        quads.add(g, e, LKG.objectText, NodeFactory.createLiteralString(ev.object().text()));
        quads.add(g, e, LKG.objectStart, integer(ev.object().span().start()));
        quads.add(g, e, LKG.objectEnd, integer(ev.object().span().end()));
        addSelector(quads, g, e, LKG.sentenceSelector, "sentence", ev.sentence());
        addSelector(quads, g, e, LKG.subjectSelector, "subject", ev.subject().span());
        addSelector(quads, g, e, LKG.objectSelector, "object", ev.object().span());
        quads.add(g, e, LKG.triggerText, NodeFactory.createLiteralString(ev.triggerText()));
        quads.add(g, e, LKG.method, NodeFactory.createLiteralString(ev.method()));
        quads.add(g, e, LKG.pipelineVersion, NodeFactory.createLiteralString(pipelineVersion));
        quads.add(g, e, LKG.confidence, confidence);
        quads.add(g, e, LKG.polarity, ev.negated() ? LKG.Negative : LKG.Positive);
        quads.add(g, e, LKG.hedged, NodeFactory.createLiteralDT(String.valueOf(ev.hedged()), XSDDatatype.XSDboolean));
    }

    /** The same offsets as a W3C Web Annotation selector on the document text, for annotation tools. */
    private static void addSelector(DocumentQuads quads, Node g, Node evidence, Node property, String role, Span span) {
        Node selector = NodeFactory.createURI(evidence.getURI() + "#" + role);
        quads.add(g, evidence, property, selector);
        quads.add(g, selector, Vocab.type, Vocab.textPositionSelector);
        quads.add(g, selector, Vocab.start, integer(span.start()));
        quads.add(g, selector, Vocab.end, integer(span.end()));
    }

    private static String studyLabel(Study study, DocumentExtraction x, StatementNodes nodes, Document d) {
        String conductor = x.statements().stream()
                .filter(s -> s.relation() == RelationType.CONDUCTED_BY && !s.evidence().negated()
                        && s.subject() instanceof org.litkg.extraction.Node.StudyNode sn && sn.study() == study)
                .map(s -> nodes.label(s.object())).findFirst().orElse(null);
        StringBuilder label = new StringBuilder(conductor == null ? "Study" : conductor + " study");
        study.journal().ifPresent(j -> label.append(" in ").append(nodes.label(j)));
        study.date().ifPresent(date -> label.append(" (").append(date).append(')'));
        label.append(", reported in \"").append(d.title()).append('"');
        return label.toString();
    }

    static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    /**
     * Three decimal places, written in xsd:decimal's canonical form ("0.85", "1.0"). TDB2 stores a
     * decimal by value and gives back the canonical form, so a non-canonical "0.850" could be
     * added but never found again to be deleted.
     */
    static Node decimal(double value) {
        String plain = java.math.BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        return NodeFactory.createLiteralDT(plain.contains(".") ? plain : plain + ".0", XSDDatatype.XSDdecimal);
    }

    private static Node dateTime(Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }

    /** identifiers.org resolves CURIEs of the registries litkg's lexicons use. */
    static String identifiersOrg(String curie) {
        int colon = curie.indexOf(':');
        String prefix = curie.substring(0, colon);
        String local = curie.substring(colon + 1);
        return switch (prefix.toUpperCase(Locale.ROOT)) {
            case "DOID", "CL", "CHEBI", "GO", "UBERON" -> "https://identifiers.org/" + prefix.toUpperCase(Locale.ROOT) + ":" + local;
            default -> "https://identifiers.org/" + prefix.toLowerCase(Locale.ROOT) + ":" + local;
        };
    }
}
