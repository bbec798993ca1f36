package org.litkg.rdf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
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
 */
public final class GraphBuilder {

    private final String pipelineVersion;
    private final DatasetGraph dsg = DatasetGraphFactory.create();
    private final Map<Triple, List<Double>> positiveEvidence = new LinkedHashMap<>();
    private final Map<Triple, Set<String>> documentsByTriple = new LinkedHashMap<>();
    private final Map<Triple, Integer> negativeEvidence = new LinkedHashMap<>();

    public GraphBuilder(String pipelineVersion) {
        this.pipelineVersion = pipelineVersion;
        dsg.prefixes().putAll(Vocab.prefixes());
    }

    /** Builds the whole dataset; {@code startedAt} and {@code endedAt} go into the provenance graph only. */
    public DatasetGraph build(List<DocumentExtraction> extractions, EntityResolver entities, String fingerprint,
                              Instant startedAt, Instant endedAt) {
        Node build = Iris.build(fingerprint);
        addDocuments(extractions, entities, build, endedAt);
        addStatements();
        addActivity(build, LKG.Build, startedAt, endedAt);
        return dsg;
    }

    /**
     * The quads {@code extractions} add to a store that already holds other documents: their
     * entities, their document graphs and provenance, and the activity that read them. The
     * statements graph is left out: a statement's belief counts the evidence of every document, so
     * the writer recomputes it in the store for the {@link #touchedTriples()}.
     */
    public DatasetGraph documents(List<DocumentExtraction> extractions, EntityResolver entities, Node activity,
                                  Instant startedAt, Instant endedAt) {
        addDocuments(extractions, entities, activity, endedAt);
        addActivity(activity, LKG.Ingest, startedAt, endedAt);
        return dsg;
    }

    /** Every triple the documents built so far assert or deny. */
    public Set<Triple> touchedTriples() {
        Set<Triple> touched = new java.util.LinkedHashSet<>(positiveEvidence.keySet());
        touched.addAll(negativeEvidence.keySet());
        return touched;
    }

    private void addDocuments(List<DocumentExtraction> extractions, EntityResolver entities, Node activity, Instant readAt) {
        for (ResolvedEntity e : entities.all()) {
            addEntity(e);
        }
        for (DocumentExtraction x : extractions) {
            addDocument(x, entities, activity, readAt);
        }
    }

    private void addActivity(Node activity, Node kind, Instant startedAt, Instant endedAt) {
        dsg.add(Iris.PROVENANCE_GRAPH, activity, Vocab.type, Vocab.activity);
        dsg.add(Iris.PROVENANCE_GRAPH, activity, Vocab.type, kind);
        dsg.add(Iris.PROVENANCE_GRAPH, activity, LKG.softwareVersion, NodeFactory.createLiteralString("litkg " + pipelineVersion));
        dsg.add(Iris.PROVENANCE_GRAPH, activity, Vocab.startedAtTime, dateTime(startedAt));
        dsg.add(Iris.PROVENANCE_GRAPH, activity, Vocab.endedAtTime, dateTime(endedAt));
    }

    private void addEntity(ResolvedEntity e) {
        Node g = Iris.ENTITIES_GRAPH;
        dsg.add(g, e.iri(), Vocab.type, LKG.term(e.type().className()));
        dsg.add(g, e.iri(), Vocab.label, NodeFactory.createLiteralString(e.label()));
        for (String alt : e.altLabels()) {
            dsg.add(g, e.iri(), Vocab.altLabel, NodeFactory.createLiteralString(alt));
        }
        for (String xref : e.xrefs()) {
            dsg.add(g, e.iri(), Vocab.identifier, NodeFactory.createLiteralString(xref));
            dsg.add(g, e.iri(), Vocab.exactMatch, NodeFactory.createURI(identifiersOrg(xref)));
        }
    }

    private void addDocument(DocumentExtraction x, EntityResolver entities, Node build, Instant readAt) {
        Document d = x.recognized().analyzed().document();
        Node g = Iris.documentGraph(d.id());
        Node doc = Iris.document(d.id());
        dsg.add(g, doc, Vocab.type, LKG.Document);
        dsg.add(g, doc, Vocab.title, NodeFactory.createLiteralString(d.title()));
        dsg.add(g, doc, Vocab.source, NodeFactory.createLiteralString(d.source()));
        dsg.add(g, doc, LKG.sha256, NodeFactory.createLiteralString(d.sha256()));
        d.date().ifPresent(date -> dsg.add(g, doc, Vocab.date, NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate)));
        dsg.add(g, doc, LKG.text, NodeFactory.createLiteralString(d.text()));
        addMentions(g, doc, x, entities);
        dsg.add(Iris.PROVENANCE_GRAPH, doc, LKG.readAt, dateTime(readAt));
        dsg.add(Iris.PROVENANCE_GRAPH, build, Vocab.used, doc);
        StatementNodes nodes = new StatementNodes(d.id(), entities);
        for (Study study : x.studies()) {
            Node iri = nodes.study(study);
            dsg.add(g, iri, Vocab.type, LKG.term("Study"));
            dsg.add(g, iri, LKG.reportedIn, doc);
            dsg.add(g, iri, Vocab.label, NodeFactory.createLiteralString(studyLabel(study, x, nodes, d)));
            study.date().ifPresent(date -> dsg.add(g, iri, Vocab.date, NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate)));
        }
        for (Statement s : x.statements()) {
            addStatement(g, doc, d.id(), s, nodes);
        }
    }

    /**
     * Where each entity is named, one triple a mention: {@code <doc#char=12,19> lkg:refersTo <entity>}
     * (an RFC 5147 fragment, so the offsets travel in the IRI), and {@code <doc> lkg:mentions <entity>}
     * once per entity, so "documents that mention X" is a single triple pattern.
     */
    private void addMentions(Node g, Node doc, DocumentExtraction x, EntityResolver entities) {
        for (DocumentEntities.Entity entity : x.recognized().entities().all()) {
            Node iri = entities.of(entity).iri();
            dsg.add(g, doc, LKG.mentions, iri);
            for (Mention m : entity.mentions()) {
                Node span = NodeFactory.createURI(doc.getURI() + "#char=" + m.span().start() + "," + m.span().end());
                dsg.add(g, span, LKG.refersTo, iri);
            }
        }
    }

    private void addStatement(Node g, Node doc, String docId, Statement s, StatementNodes nodes) {
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
        if (ev.negated()) {
            negativeEvidence.merge(triple, 1, Integer::sum);
        } else {
            dsg.add(g, subject, property, object);
            positiveEvidence.computeIfAbsent(triple, k -> new ArrayList<>()).add(Double.parseDouble(decimal(ev.confidence()).getLiteralLexicalForm()));
            documentsByTriple.computeIfAbsent(triple, k -> new HashSet<>()).add(docId);
        }
        dsg.add(g, e, Vocab.type, LKG.Evidence);
        dsg.add(g, e, Vocab.reifies, NodeFactory.createTripleTerm(triple));
        dsg.add(g, e, LKG.document, doc);
        dsg.add(g, e, LKG.sentenceText, NodeFactory.createLiteralString(ev.sentenceText()));
        dsg.add(g, e, LKG.sentenceIndex, integer(ev.sentenceIndex()));
        dsg.add(g, e, LKG.sentenceStart, integer(ev.sentence().start()));
        dsg.add(g, e, LKG.sentenceEnd, integer(ev.sentence().end()));
        dsg.add(g, e, LKG.subjectText, NodeFactory.createLiteralString(ev.subject().text()));
        dsg.add(g, e, LKG.subjectStart, integer(ev.subject().span().start()));
        dsg.add(g, e, LKG.subjectEnd, integer(ev.subject().span().end()));
        dsg.add(g, e, LKG.objectText, NodeFactory.createLiteralString(ev.object().text()));
        dsg.add(g, e, LKG.objectStart, integer(ev.object().span().start()));
        dsg.add(g, e, LKG.objectEnd, integer(ev.object().span().end()));
        addSelector(g, e, LKG.sentenceSelector, "sentence", ev.sentence());
        addSelector(g, e, LKG.subjectSelector, "subject", ev.subject().span());
        addSelector(g, e, LKG.objectSelector, "object", ev.object().span());
        dsg.add(g, e, LKG.triggerText, NodeFactory.createLiteralString(ev.triggerText()));
        dsg.add(g, e, LKG.method, NodeFactory.createLiteralString(ev.method()));
        dsg.add(g, e, LKG.pipelineVersion, NodeFactory.createLiteralString(pipelineVersion));
        dsg.add(g, e, LKG.confidence, decimal(ev.confidence()));
        dsg.add(g, e, LKG.polarity, ev.negated() ? LKG.Negative : LKG.Positive);
        dsg.add(g, e, LKG.hedged, NodeFactory.createLiteralDT(String.valueOf(ev.hedged()), XSDDatatype.XSDboolean));
    }

    /** The same offsets as a W3C Web Annotation selector on the document text, for annotation tools. */
    private void addSelector(Node g, Node evidence, Node property, String role, Span span) {
        Node selector = NodeFactory.createURI(evidence.getURI() + "#" + role);
        dsg.add(g, evidence, property, selector);
        dsg.add(g, selector, Vocab.type, Vocab.textPositionSelector);
        dsg.add(g, selector, Vocab.start, integer(span.start()));
        dsg.add(g, selector, Vocab.end, integer(span.end()));
    }

    /** The statements graph, from the evidence of the documents built: see {@link Beliefs}. */
    private void addStatements() {
        positiveEvidence.forEach((triple, confidences) -> Beliefs.add(dsg, triple, confidences,
                documentsByTriple.get(triple).size(), negativeEvidence.getOrDefault(triple, 0)));
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
