package org.litkg.rdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The graph in the Biolink Model's KGX TSV form, {@code nodes.tsv} and {@code edges.tsv}, for NCATS
 * Translator tools. One edge per asserted biomedical statement (negated readings are not edges),
 * with the text-mining evidence columns Biolink defines: the supporting sentences, where subject
 * and object were read in them, the number of readings, and litkg's belief as the extraction
 * confidence. Node ids are standard CURIEs where litkg knows one (DRUGBANK, UniProtKB, HGNC, DOID,
 * CL, ...), else {@code litkg:} CURIEs of litkg's IRIs. Multiple values are separated by "|"; a
 * tab, newline or "|" inside a value becomes a space.
 */
public final class KgxExport extends GraphReader {

    public static final List<String> NODE_COLUMNS = List.of("id", "category", "name", "synonym", "xref", "iri", "provided_by");
    public static final List<String> EDGE_COLUMNS = List.of("id", "subject", "predicate", "object", "category",
            "qualified_predicate", "object_aspect_qualifier", "object_direction_qualifier", "original_predicate",
            "knowledge_level", "agent_type", "primary_knowledge_source", "publications", "supporting_text",
            "subject_location_in_text", "object_location_in_text", "has_evidence_count", "extraction_confidence_score");
    public static final String SOURCE = "infores:litkg";
    public static final String LITKG_PREFIX = "litkg:";

    private final DatasetGraph dsg;
    private final Map<Node, String> ids = new LinkedHashMap<>();
    private final Set<String> taken = new java.util.HashSet<>();

    private KgxExport(DatasetGraph dsg) {
        super(dsg.getUnionGraph());
        this.dsg = dsg;
    }

    /** Writes both files; returns the number of nodes and edges written. */
    public static int[] write(DatasetGraph dsg, Writer nodes, Writer edges) throws IOException {
        KgxExport export = new KgxExport(dsg);
        List<Triple> statements = export.biomedicalStatements();
        Set<Node> used = new LinkedHashSet<>();
        statements.forEach(t -> {
            used.add(t.getSubject());
            used.add(t.getObject());
        });
        Set<Node> all = new LinkedHashSet<>();
        dsg.getGraph(Iris.ENTITIES_GRAPH).find(Node.ANY, Vocab.type, Node.ANY).forEach(t -> all.add(t.getSubject()));
        all.addAll(used);
        int nodeCount = export.writeNodes(all, nodes);
        export.writeEdges(statements, edges);
        return new int[] {nodeCount, statements.size()};
    }

    /** The asserted statements whose relation has a Biolink predicate and whose ends have categories. */
    private List<Triple> biomedicalStatements() {
        List<Triple> out = new ArrayList<>();
        dsg.getGraph(Iris.STATEMENTS_GRAPH).find(Node.ANY, Vocab.reifies, Node.ANY).forEach(t -> {
            if (t.getObject().isTripleTerm()) {
                Triple s = t.getObject().getTriple();
                if (KgxVocabulary.predicate(localName(s.getPredicate())).isPresent()
                        && category(s.getSubject()).isPresent() && category(s.getObject()).isPresent()) {
                    out.add(s);
                }
            }
        });
        out.sort(Comparator.comparing(Triple::toString));
        return out;
    }

    private int writeNodes(Set<Node> nodes, Writer out) throws IOException {
        out.write(String.join("\t", NODE_COLUMNS) + "\n");
        int written = 0;
        for (Node n : nodes) {
            Optional<String> category = category(n);
            if (category.isEmpty()) {
                continue;
            }
            List<String> xrefs = literals(n, Vocab.identifier).stream().map(KgxVocabulary::biolinkCurie).sorted().toList();
            row(out, id(n), category.get(), literals(n, Vocab.label).stream().findFirst().orElse(""),
                    String.join("|", literals(n, Vocab.altLabel).stream().sorted().map(KgxExport::clean).toList()),
                    String.join("|", xrefs), n.getURI(), SOURCE);
            written++;
        }
        return written;
    }

    private void writeEdges(List<Triple> statements, Writer out) throws IOException {
        out.write(String.join("\t", EDGE_COLUMNS) + "\n");
        for (Triple s : statements) {
            KgxVocabulary.Predicate p = KgxVocabulary.predicate(localName(s.getPredicate())).orElseThrow();
            Node statement = Iris.statement(s.getSubject(), s.getPredicate(), s.getObject());
            List<Node> evidence = positiveEvidence(s);
            Set<String> documents = new LinkedHashSet<>();
            List<String> sentences = new ArrayList<>();
            List<String> subjectAt = new ArrayList<>();
            List<String> objectAt = new ArrayList<>();
            for (Node e : evidence) {
                object(e, LKG.document).ifPresent(d -> documents.add(curie(d)));
                sentences.add(clean(text(e, LKG.sentenceText)));
                subjectAt.add(text(e, LKG.subjectStart) + "-" + text(e, LKG.subjectEnd));
                objectAt.add(text(e, LKG.objectStart) + "-" + text(e, LKG.objectEnd));
            }
            row(out, curie(statement), id(s.getSubject()), p.predicate(), id(s.getObject()), "biolink:Association",
                    p.qualifiedPredicate(), p.objectAspect(), p.objectDirection(), "lkg:" + localName(s.getPredicate()),
                    "not_provided", "text_mining_agent", SOURCE, String.join("|", documents), String.join("|", sentences),
                    String.join("|", subjectAt), String.join("|", objectAt), Integer.toString(evidence.size()),
                    text(statement, LKG.belief));
        }
    }

    /** The positive evidence nodes of a statement, ordered by document and position. */
    private List<Node> positiveEvidence(Triple s) {
        Map<String, Node> ordered = new TreeMap<>();
        for (Node e : reifiers(s, LKG.Evidence)) {
            if (graph.contains(e, LKG.polarity, LKG.Positive)) {
                String start = text(e, LKG.sentenceStart);
                String key = object(e, LKG.document).map(Node::getURI).orElse("")
                        + String.format("%012d", Long.parseLong(start.isEmpty() ? "0" : start)) + e.getURI();
                ordered.put(key, e);
            }
        }
        return new ArrayList<>(ordered.values());
    }

    private Optional<String> category(Node n) {
        for (Node type : objects(n, Vocab.type)) {
            if (type.isURI() && type.getURI().startsWith(LKG.NS)) {
                Optional<String> c = KgxVocabulary.category(localName(type));
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A node's KGX id: its first standard identifier by {@link KgxVocabulary#ID_PREFERENCE}, else
     * its litkg CURIE. Two litkg entities with the same identifier keep distinct ids: the second
     * gets its litkg CURIE.
     */
    private String id(Node n) {
        String known = ids.get(n);
        if (known != null) {
            return known;
        }
        String id = curie(n);
        List<String> xrefs = literals(n, Vocab.identifier).stream().map(KgxVocabulary::biolinkCurie).toList();
        search:
        for (String prefix : KgxVocabulary.ID_PREFERENCE) {
            for (String x : xrefs) {
                if (x.startsWith(prefix + ":") && !taken.contains(x)) {
                    id = x;
                    break search;
                }
            }
        }
        ids.put(n, id);
        taken.add(id);
        return id;
    }

    private static String curie(Node n) {
        String iri = n.getURI();
        return iri.startsWith(LKG.ID) ? LITKG_PREFIX + iri.substring(LKG.ID.length()) : iri;
    }

    /** The first value of a literal property, or "". */
    private String text(Node s, Node p) {
        return literal(s, p).orElse("");
    }

    static String clean(String value) {
        return value.replaceAll("[\\t\\r\\n|]+", " ");
    }

    private static void row(Writer out, String... values) throws IOException {
        List<String> cleaned = new ArrayList<>();
        for (String v : values) {
            cleaned.add(v.replaceAll("[\\t\\r\\n]+", " "));
        }
        out.write(String.join("\t", cleaned));
        out.write('\n');
    }
}
