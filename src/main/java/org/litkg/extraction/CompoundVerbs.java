package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A relation verb inside a hyphened compound: "CXCR3-expressing CD8+ T cells" and "CXCL12-secreting fibroblasts" (the
 * name before the hyphen is the verb's object), "an FDA-approved antiretroviral" (the name before is its agent).
 */
final class CompoundVerbs {

    private CompoundVerbs() {
    }

    private static final Trigger DERIVED = new Trigger("derive", RelationType.SECRETES, false, "");

    /**
     * "Hepatocyte-derived CCL20", "macrophage-derived CCL18": the cells before the hyphen make the signal after it. Only
     * a signal: in "monocyte-derived macrophages" the cells came from monocytes, which secrete nothing.
     */
    static void readDerived(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        if (!s.lower(t).equals("derived") || !s.isJoiningHyphen(t - 1)) {
            return;
        }
        Mention before = r.endingAt(si, t - 2);
        Mention after = r.startingAt(si, t + 1);
        Argument agent = before == null ? null : r.argument(before, RelationType.SECRETES.domain());
        Argument signal = after == null ? null : r.argument(after, RelationType.SECRETES.range());
        if (agent != null && signal != null && VerbPatterns.isSecreted(signal)) {
            int[] named = {before.from(), after.to()};
            VerbPatterns.emit(r, DERIVED, agent, signal, si, named, named, before.from(), t, "verb-compound", 0.8, out);
        }
    }

    /** Reads the verb at t where it ends such a compound; whether it did (then no other reading of it applies). */
    static boolean read(Reading r, int si, int t, Trigger sense, Set<EntityType> agentTypes, Set<EntityType> patientTypes,
                        boolean expression, List<Statement> out) {
        Sentence s = r.sentence(si);
        int[] right = new int[2];
        // a hyphen joined to both words; "BARCELONA - Adding X to Y": a dateline's dash before the sentence is none
        if (!s.isJoiningHyphen(t - 1)) {
            return readUnhyphenated(r, si, t, sense, agentTypes, patientTypes, out);
        }
        if (s.lower(t).endsWith("ing")) {
            // "CXCR3-expressing CD8+ T cells", "CXCL12-secreting fibroblasts": the name before the hyphen is the
            // object of the noun after it (but in "FDA-approved drug" the name before is the agent, below)
            Mention before = r.endingAt(si, t - 2);
            Argument patient = before == null ? null : r.argument(before, patientTypes);
            Argument agent = patient == null ? null : r.rightOf(si, t, 4, agentTypes, right);
            if (agent != null && !(expression && !VerbPatterns.isSecreted(patient))) { // "CD3-expressing T cells" secrete no CD3
                int[] named = {before.from(), before.to()};
                VerbPatterns.emit(r, sense, agent, patient, si, named, named, before.from(), t, "verb-compound", 0.85, out);
            }
            return true;
        }
        return readAgentBefore(r, si, t, t - 2, true, sense, agentTypes, patientTypes, out);
    }

    /**
     * "Maraviroc is FDA approved (HIV, 2007)", "an EMA approved antibody": the compound written without its hyphen, an
     * agency right before "approved" and a copula or an article before the agency; whether it was read so.
     */
    private static boolean readUnhyphenated(Reading r, int si, int t, Trigger sense, Set<EntityType> agentTypes,
            Set<EntityType> patientTypes, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention agency = s.lower(t).equals("approved") ? r.endingAt(si, t - 1) : null;
        if (agency == null || agency.type() != EntityType.REGULATORY_AGENCY || agency.from() == 0) {
            return false;
        }
        String before = s.lower(agency.from() - 1);
        int copula = copulaBefore(s, agency.from());
        // "Maraviroc is FDA approved", not "China's National Medical Products Administration approved X"
        boolean predicate = copula > 0 && !s.lower(copula).equals("'s");
        if (!before.equals("an") && !before.equals("a") && !predicate) {
            return false; // "the FDA approved it in 2008": the agency is the verb's subject
        }
        // "Baricitinib is FDA approved, and X is still in trials": a predicate's drug is its subject, never a name after it
        return readAgentBefore(r, si, t, t - 1, !predicate, sense, agentTypes, patientTypes, out);
    }

    /**
     * The agent ending at token {@code end} before the compound's verb at t ("an FDA-approved antiretroviral"), its
     * patient after the verb (if {@code patientAfter}), in apposition, or the subject of a copula before the agent.
     */
    private static boolean readAgentBefore(Reading r, int si, int t, int end, boolean patientAfter, Trigger sense,
            Set<EntityType> agentTypes, Set<EntityType> patientTypes, List<Statement> out) {
        Sentence s = r.sentence(si);
        int[] right = new int[2];
        Mention before = r.endingAt(si, end);
        Argument agent = before == null ? null : r.argument(before, agentTypes);
        Argument patient = agent == null || !patientAfter ? null : r.rightOf(si, t, 5, patientTypes, right);
        if (patient == null && agent != null && patientAfter) {
            patient = r.apposedName(si, before.from(), patientTypes, right); // "maraviroc, an FDA-approved antiretroviral"
        }
        boolean fragment = before != null && LabelSubjects.opensFragment(s, before.from());
        if (patient == null && agent != null && fragment) { // a card's line on its opening name: "X: FDA-approved"
            patient = LabelSubjects.subject(r, si, t, patientTypes, right);
        }
        int copula = patient == null && agent != null ? copulaBefore(s, before.from()) : -1;
        if (copula > 0) {
            patient = r.leftOf(si, copula, COPULA_SUBJECT_REACH, patientTypes, right); // "Maraviroc is already FDA-approved"
        }
        if (patient != null) {
            VerbPatterns.emit(r, sense, agent, patient, si, right, right, before.from(), t, "verb-compound", 0.85, out);
        }
        return true;
    }

    /** The copulas a predicate follows, the perfect's "been" among them: "has been FDA-approved since 2007". */
    private static final Set<String> COPULAS = java.util.stream.Stream.concat(Copulas.COPULAS.stream(),
            java.util.stream.Stream.of("be", "been", "'s")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Adverbs between a copula and its predicate: "is already FDA-approved", "is not yet FDA-approved". */
    private static final Set<String> PREDICATE_ADVERBS = Set.of("already", "now", "also", "still", "not", "n't", "yet",
            "fully", "only", "newly", "recently");
    /** How far before its copula the subject may end: "The trial drug, ACT-777991, is". */
    private static final int COPULA_SUBJECT_REACH = 6;

    /** The copula before a predicative compound starting at {@code from} ("is already FDA-approved"); -1 if none. */
    private static int copulaBefore(Sentence s, int from) {
        int k = from - 1;
        while (k > 0 && PREDICATE_ADVERBS.contains(s.lower(k))) {
            k--;
        }
        return k > 0 && COPULAS.contains(s.lower(k)) ? k : -1;
    }
}
