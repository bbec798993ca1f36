package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.litkg.analysis.Sentence;

/**
 * A claim a document reports only to refute it: a retraction notice says "The article reported ... that BX471
 * blocks CCR1" and later "could not confirm that BX471 blocks CCR1". Where the document denies a finding, the
 * sentences that only report someone's claim of it ("reported that", "First, that ...") or someone's question about
 * it ("Someone asked whether X could be given with Y", answered "X has not been combined with Y") state nothing, and
 * neither does a claim a sentence opening "No" just after it corrects (a pupil's "Maraviroc blocks CXCR4." under a
 * teacher's "No - maraviroc blocks CCR5, not CXCR4."); a finding stated in the document's own voice stays, whatever
 * else it denies.
 */
final class RefutedClaims {

    private RefutedClaims() {
    }

    /** Openers of a listed claim: "First, that ...". */
    private static final Set<String> LIST_OPENERS = Set.of("first", "second", "third", "fourth", "finally", "lastly");

    static List<Statement> withoutRefuted(Reading r, List<Statement> found) {
        List<Statement> statements = new java.util.ArrayList<>(found);
        statements.addAll(UnrelatedClaims.denials(r, found)); // "it has nothing to do with CCR5"
        Set<String> denied = statements.stream().filter(s -> s.evidence().negated()).map(RefutedClaims::key)
                .collect(Collectors.toSet());
        if (denied.isEmpty()) {
            return statements;
        }
        Set<String> corrected = statements.stream().filter(s -> s.evidence().negated() && opensWithNo(r, s.evidence()))
                .map(s -> key(s) + "|" + s.evidence().sentenceIndex()).collect(Collectors.toSet());
        return statements.stream()
                .filter(s -> s.evidence().negated() || !denied.contains(key(s))
                        || !reportsClaim(r, s.evidence()) && !asksAbout(r, s.evidence())
                        && !correctedAfter(s, corrected))
                .toList();
    }

    /** How many sentences after a claim its correction may come: the answer, then the teacher's comment under it. */
    private static final int CORRECTION_REACH = 2;

    /** Whether a sentence opening with "No" denies the statement's finding just after it. */
    private static boolean correctedAfter(Statement s, Set<String> corrected) {
        for (int k = 1; k <= CORRECTION_REACH; k++) {
            if (corrected.contains(key(s) + "|" + (s.evidence().sentenceIndex() + k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence opens with "No", past a speaker's or a marker's label: a teacher's "Teacher: No - maraviroc
     * blocks CCR5, not CXCR4." under a pupil's "Maraviroc blocks CXCR4.", which it corrects.
     */
    private static boolean opensWithNo(Reading r, Evidence e) {
        Sentence s = r.sentence(e.sentenceIndex());
        int first = s.afterWrittenColon(0, LABEL_WORDS);
        return s.lower(first).equals("no") && (s.token(first + 1).isPunctuation() || first + 1 >= s.size());
    }

    /** How many words a label before a correction may take: "Teacher:", "Marker's note:". */
    private static final int LABEL_WORDS = 3;

    /** Verbs that report a question: "asked whether", "wondered if". */
    private static final Set<String> ASKING = java.util.stream.Stream.of("ask", "wonder", "inquire", "enquire")
            .flatMap(v -> org.litkg.analysis.Inflections.verbForms(v).stream()).collect(Collectors.toSet());
    /** How far before the trigger the question's "whether" may be, and how far before that the verb of asking. */
    private static final int QUESTION_REACH = 15;
    private static final int ASKED_WHOM = 4;

    /** Whether the trigger stands in a reported question: "Someone asked (the panel) whether X could be given with Y". */
    private static boolean asksAbout(Reading r, Evidence e) {
        Sentence s = r.sentence(e.sentenceIndex());
        int trigger = s.tokenStartingAt(e.trigger().start());
        for (int k = trigger - 1; k >= 1 && k >= trigger - QUESTION_REACH; k--) {
            if (s.lower(k).equals("whether") || s.lower(k).equals("if")) {
                for (int j = k - 1; j >= Math.max(0, k - ASKED_WHOM); j--) {
                    if (ASKING.contains(s.lower(j))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static String key(Statement s) {
        return s.relation() + "|" + s.subject() + "|" + s.object();
    }

    /**
     * Verbs that quote a text's words, besides those of reporting: "the page states". Not "read", which a correction
     * gives its right words with ("should read "X blocks Y"").
     */
    static final Set<String> QUOTING = Set.of("states", "state", "lists", "listed", "displays", "shows");

    /** Whether the trigger stands in a "that"-clause of a claim or in a quotation: "reported that", "says "..."". */
    private static boolean reportsClaim(Reading r, Evidence e) {
        Sentence s = r.sentence(e.sentenceIndex());
        int trigger = s.tokenStartingAt(e.trigger().start());
        boolean listed = LIST_OPENERS.contains(s.lower(0)) && s.lower(1).equals(",") && s.lower(2).equals("that");
        for (int k = 1; k < trigger && !listed; k++) {
            // "reported that", and a quotation: "the page says "CCL17 binds CCR7"", "the label states: "X blocks Y""
            int said = s.lower(k - 1).equals(":") ? k - 2 : k - 1;
            listed = (s.lower(k).equals("that") || Modality.QUOTES.contains(s.lower(k)))
                    && isSaying(s.lower(said)) || Modality.QUOTES.contains(s.lower(k)) && saidBefore(s, k);
        }
        return listed;
    }

    /** How many words of the claim's subject may stand between the saying verb and the quotation of its verb. */
    private static final int QUOTED_SUBJECT_WORDS = 6;

    /** 'A post says the drug ivermectin "blocks the CCR5 receptor"': a saying verb before the quoted subject. */
    private static boolean saidBefore(Sentence s, int quote) {
        for (int k = quote - 2; k >= Math.max(0, quote - 1 - QUOTED_SUBJECT_WORDS); k--) {
            if (isSaying(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** A verb that reports a claim or quotes a text: "says", "claimed", "states". */
    private static boolean isSaying(String word) {
        return Modality.REPORTING.contains(word) || QUOTING.contains(word);
    }
}
