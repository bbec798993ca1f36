package org.litkg.extraction;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/**
 * The drug a text is about, for a reference that opens a new stretch of text ("The drug has not been approved", "It
 * has not been approved"): not a drug named only as a partner ("with nivolumab") or a comparator ("than fulvestrant").
 */
final class TopicDrugs {

    private final RecognizedDocument doc;

    TopicDrugs(RecognizedDocument doc) {
        this.doc = doc;
    }

    /** Words that may open a sentence before its verb when the sentence has no subject: "Not yet approved by". */
    private static final Set<String> OPENERS = Set.of("not", "also", "now", "yet", "first", "since", "recently",
            "conditionally", "fully");

    /**
     * The drug a sentence with no subject is about: a monograph's "Approved by China's NMPA in November 2024." or
     * "Not approved by the FDA." under its drug's name. Null where the verb at t does not open the sentence.
     */
    Argument subjectOfHeadless(Sentence s, int si, int t, Set<EntityType> allowed) {
        // past "What it does:", or a card's label that names nothing: "Special move: blocks CCR5"; a label that names
        // its drug is the subject: "Maraviroc: blocks CCR5."
        int label = s.afterShortLabel();
        List<Mention> labelNames = doc.mentions().get(si).stream().filter(m -> m.from() < label).toList();
        Mention labelled = label > 0 && labelNames.size() == 1 && !labelNames.get(0).anaphoric() ? labelNames.get(0)
                : null;
        Node.EntityNode named = labelled == null ? null : new Node.EntityNode(doc.entities().of(labelled));
        if (named != null && allowed.contains(named.type())) {
            return new Argument(named, s.token(t).span(), s.token(t).text(), true);
        }
        boolean unnamed = label > 0 && labelNames.isEmpty();
        int itLabel = LabelSubjects.afterItLabel(s);
        for (int k = unnamed ? Math.max(label, itLabel) : itLabel; k < t; k++) {
            if (!OPENERS.contains(s.lower(k))) {
                return null;
            }
        }
        Node.EntityNode heading = labelDrug(si);
        heading = heading != null ? heading : headingDrug(si);
        heading = heading != null ? heading : openingDrug(si);
        if (heading != null && allowed.contains(heading.type())) {
            return new Argument(heading, s.token(t).span(), s.token(t).text(), true); // a factbox's item under its drug
        }
        Map<Node.EntityNode, Integer> counts = new HashMap<>();
        Comparator<Node.EntityNode> salience = salience(si, 0, counts);
        // the document's most named drug so far; of two named as often, the first named (the monograph's own)
        return mostNamed(counts, salience, allowed).map(d -> new Argument(d, s.token(t).span(), s.token(t).text(), true))
                .orElse(null);
    }

    /** How many clipped sentences a list item's label may stand before on its line: "X: blocks Y. Oral. Approved". */
    private static final int LABEL_REACH = 3;

    /**
     * The drug that labels the list item sentence si ends on, on the same line: "• Mogamulizumab: antibody against
     * CCR4. Infusion. Approved by the FDA in 2018." is about mogamulizumab, whatever the items above name; else null.
     */
    private Node.EntityNode labelDrug(int si) {
        String text = doc.analyzed().document().text();
        int start = doc.analyzed().sentences().get(si).span().start();
        for (int h = si - 1; h >= Math.max(0, si - LABEL_REACH); h--) {
            Sentence s = doc.analyzed().sentences().get(h);
            int lineBreak = text.indexOf('\n', s.span().start());
            if (lineBreak >= 0 && lineBreak < start) {
                return null; // the item's line began after it
            }
            Mention first = doc.mentions().get(h).stream().filter(m -> m.from() == 0).findFirst().orElse(null);
            if (first != null && !first.anaphoric() && first.type().kind() == EntityType.Kind.DRUG
                    && first.to() < s.size() && s.textOf(first.to(), first.to() + 1).equals(":")) { // read as "is"
                return new Node.EntityNode(doc.entities().of(first));
            }
        }
        return null;
    }

    /** How many items a heading's drug may stand over: "MOTIXAFORTIDE (APHEXDA)", then its starred items. */
    private static final int HEADING_REACH = 3;

    /**
     * The drug a heading names, a line of nothing but a drug's names ("PLERIXAFOR (MOZOBIL)"), in the few sentences
     * before sentence si; null where none stands there or a sentence between names another drug.
     */
    Node.EntityNode headingDrug(int si) {
        for (int h = si - 1; h >= Math.max(0, si - HEADING_REACH); h--) {
            Sentence s = doc.analyzed().sentences().get(h);
            List<Mention> drugs = doc.mentions().get(h).stream()
                    .filter(m -> !m.anaphoric() && m.type().kind() == EntityType.Kind.DRUG).toList();
            // the headword line names the drug alone, perhaps after its label: "plerixafor", "Word: plerixafor"
            boolean onlyNames = !drugs.isEmpty()
                    && java.util.stream.IntStream.range(DefinedHeadwords.afterLabel(s), s.size()).allMatch(k ->
                    s.token(k).isPunctuation() || drugs.stream().anyMatch(m -> m.from() <= k && k < m.to()));
            if (onlyNames) {
                return new Node.EntityNode(doc.entities().of(drugs.get(0)));
            }
            if (drugs.stream().anyMatch(m -> !isPartner(m))) {
                return null; // but "blocks CXCR4 more strongly than plerixafor" names a comparator, not another topic
            }
        }
        return null;
    }

    /**
     * The drug that opens the nearest sentence before si naming one, the only drug it names, where that sentence opens
     * the line si is on: a racecard's "2. MARAVIROC (trainer: Dr. X, University of Liverpool)." is the subject of the
     * "Blocks CCR5." after it, whatever was named more often above; else null.
     */
    private Node.EntityNode openingDrug(int si) {
        for (int h = si - 1; h >= Math.max(0, si - HEADING_REACH); h--) {
            boolean names = doc.mentions().get(h).stream().anyMatch(this::isTopicDrug);
            if (names) {
                DocumentEntities.Entity opener = OpeningNames.itemOf(doc, h, si, this::isTopicDrug);
                return opener == null ? null : new Node.EntityNode(opener);
            }
        }
        return null;
    }

    private boolean isTopicDrug(Mention m) {
        return !m.anaphoric() && m.type().kind() == EntityType.Kind.DRUG && !isPartner(m);
    }

    /**
     * "... received BMS-813160 with nivolumab and gemcitabine. The drug has not been approved": a drug
     * reference opening a new stretch of text means the drug the text is about: among the drugs of the
     * nearest sentence that names any but as a partner ("with Y and Z"), the one named most often so far (a naming
     * as partner or comparator not counted); of two named as often, the one introduced first.
     */
    Node.EntityNode mostNamedDrug(int si, int token, Set<EntityType> allowed, Node.EntityNode nearest) {
        Map<Node.EntityNode, Integer> counts = new HashMap<>();
        Comparator<Node.EntityNode> salience = salience(si, token, counts);
        for (int s = si, oldest = ReachBack.earliest(doc, si); s >= oldest; s--) {
            int sentence = s;
            Optional<Node.EntityNode> best = doc.mentions().get(s).stream()
                    .filter(x -> !x.anaphoric() && (sentence < si || x.to() <= token) && !isPartner(x))
                    .map(x -> new Node.EntityNode(doc.entities().of(x)))
                    .filter(n -> allowed.contains(n.type()) && n.type().kind() == EntityType.Kind.DRUG)
                    .max(salience);
            if (best.isPresent()) {
                return best.get();
            }
        }
        // no sentence nearby names a drug but as a partner: the drug the whole text so far names most
        return mostNamed(counts, salience, allowed).orElse(nearest);
    }

    /**
     * The thing of this type the text names most before token {@code token} of sentence {@code si}, the first named of
     * two named as often: "the same receptor" is the receptor the text is about, however far back.
     */
    Node.EntityNode mostNamedOfType(int si, int token, EntityType type) {
        Map<Node.EntityNode, Integer> counts = new HashMap<>();
        Comparator<Node.EntityNode> salience = salience(si, token, counts);
        return counts.keySet().stream().filter(n -> n.type() == type).max(salience).orElse(null);
    }

    /**
     * How salient each thing named before token {@code token} of sentence {@code si} is, counting its namings into
     * {@code counts}: named most often (a naming as partner or comparator not counted), then introduced first.
     */
    private Comparator<Node.EntityNode> salience(int si, int token, Map<Node.EntityNode, Integer> counts) {
        Map<Node.EntityNode, Integer> order = new HashMap<>(); // rank of first naming
        for (int s = 0; s <= si; s++) {
            for (Mention x : doc.mentions().get(s)) {
                if (!x.anaphoric() && (s < si || x.to() <= token)) {
                    Node.EntityNode node = new Node.EntityNode(doc.entities().of(x));
                    counts.merge(node, isPartner(x) ? 0 : 1, Integer::sum); // "than those given fulvestrant" is no topic
                    order.putIfAbsent(node, order.size());
                }
            }
        }
        return Comparator.<Node.EntityNode>comparingInt(n -> counts.getOrDefault(n, 0))
                .thenComparing(n -> -order.getOrDefault(n, Integer.MAX_VALUE));
    }

    private static Optional<Node.EntityNode> mostNamed(Map<Node.EntityNode, Integer> counts,
                                                       Comparator<Node.EntityNode> salience, Set<EntityType> allowed) {
        return counts.keySet().stream().filter(n -> allowed.contains(n.type()) && n.type().kind() == EntityType.Kind.DRUG)
                .max(salience);
    }

    /**
     * "... versus 27 months with palbociclib and fulvestrant plus a placebo": a drug named only as what something
     * was given with (after "with", "plus" or "on top of", or coordinated or bracketed after such a drug) is a partner,
     * not what the text is about; so is a comparator ("it did not do better than fulvestrant").
     */
    private boolean isPartner(Mention x) {
        Sentence s = doc.analyzed().sentences().get(x.sentence());
        String before = s.lower(x.from() - 1);
        String link = OWNED.contains(before) ? s.lower(x.from() - 2) : before; // "together with your rituximab"
        if (PARTNER_LINKS.contains(link) || comparedBefore(s, x.from()) || isControlArm(s, x.to())) {
            return true;
        }
        // "on top of UDCA", "the patients taking UDCA together": what the drug was added to (not "X together with Y")
        boolean takenTogether = s.lower(x.to()).equals("together") && !s.lower(x.to() + 1).equals("with");
        if (NominalPatterns.isOnTopOf(s, x.from() - 2) || takenTogether) {
            return true;
        }
        if (!before.equals("and") && !before.equals(",") && !before.equals("/") && !before.equals("(")) {
            return false; // but "with trifluridine/tipiracil (TAS-102)": each name is a partner
        }
        // "Unlike semaglutide (Wegovy) and tirzepatide": the drug before the other's bracketed brand
        int end = s.lower(x.from() - 2).equals(")") && !before.equals("(") ? Parentheticals.before(s, x.from() - 2) + 1
                : x.from() - 1;
        return doc.mentions().get(x.sentence()).stream().filter(y -> y.to() == end).anyMatch(this::isPartner);
    }

    private static final Set<String> PARTNER_LINKS = Set.of("with", "plus");
    private static final Set<String> OWNED = Set.of("your", "their", "his", "her", "my", "our");
    private static final Set<String> COMPARISONS = Set.of("than", "versus", "vs", "vs.", "unlike");

    /**
     * "than fulvestrant", "than those given fulvestrant", "Unlike semaglutide": a comparison within four words before the
     * name at k.
     */
    private static boolean comparedBefore(Sentence s, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 4) && !s.token(j).isPunctuation(); j--) {
            if (COMPARISONS.contains(s.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "those given filgrastim and a placebo", "Filgrastim alone often fails": a drug given with a placebo, or said to
     * be given alone, is a comparison's control arm, not the drug the text is about.
     */
    private static boolean isControlArm(Sentence s, int after) {
        int k = s.lower(after + 1).equals("a") ? after + 2 : after + 1;
        return PLACEBO_LINKS.contains(s.lower(after)) && s.lower(k).startsWith("placebo")
                || s.lower(after).equals("alone");
    }

    private static final Set<String> PLACEBO_LINKS = Set.of("and", "or", "plus");

    /** Whether the nearest drug named before token {@code token} of sentence si is named only as a partner. */
    boolean nearestDrugIsPartner(int si, int token) {
        for (int s = si, oldest = ReachBack.earliest(doc, si); s >= oldest; s--) {
            List<Mention> ms = doc.mentions().get(s);
            for (int i = ms.size() - 1; i >= 0; i--) {
                Mention m = ms.get(i);
                if (!m.anaphoric() && (s < si || m.to() <= token) && m.type().kind() == EntityType.Kind.DRUG) {
                    return isPartner(m);
                }
            }
        }
        return false;
    }
}
