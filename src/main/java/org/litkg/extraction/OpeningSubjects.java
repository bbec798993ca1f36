package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.FrontedPhrases;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/**
 * The name a sentence is about, which "it" in the sentences after goes on with ({@link Pronouns}): the name opening
 * it, the subject past a comparison ("Unlike X, Y does not block") or a fronted giving phrase ("Given with X, Y
 * mobilises"), or the one name a question asks about.
 */
final class OpeningSubjects {

    private static final Set<String> APPOSITION_OPENERS = Set.of("the", "a", "an");

    private OpeningSubjects() {
    }

    /** The name of an allowed type opening sentence si, its subject, if one does. */
    static Mention openingName(RecognizedDocument doc, int si, Set<EntityType> allowed) {
        int comma = FrontedPhrases.comparisonComma(doc.analyzed().sentences().get(si));
        if (comma > 0) {
            Mention subject = afterComparison(doc, si, comma); // "Unlike ruxolitinib, ..., pacritinib does not block"
            return subject != null && allowed.contains(doc.entities().of(subject).type()) ? subject : null;
        }
        int opens = 0;
        for (Mention m : doc.mentions().get(si)) {
            if (m.from() == opens && m.type() == EntityType.PERSON
                    && doc.analyzed().sentences().get(si).lower(m.to()).equals(":")) {
                opens = m.to() + 1; // a speaker's label, "NATARAJAN: The new drug, X, ...", is not what it is about
                continue;
            }
            if (m.from() > opens + 1) {
                return null;
            }
            if (!m.anaphoric() && allowed.contains(doc.entities().of(m).type())) {
                return m;
            }
        }
        return null;
    }

    /**
     * The name that is the subject after a comparison's comma, past an apposition to the name compared with: "Unlike
     * ruxolitinib, the drug most patients get first, pacritinib does not block JAK1"; null where no name stands there.
     */
    static Mention afterComparison(RecognizedDocument doc, int si, int comma) {
        Sentence s = doc.analyzed().sentences().get(si);
        int start = comma + 1;
        if (APPOSITION_OPENERS.contains(s.lower(start))) {
            int next = start;
            while (next < s.size() && !s.lower(next).equals(",")) {
                next++;
            }
            start = next + 1;
        }
        return doc.nameStartingAt(si, start);
    }

    /**
     * "Given together with filgrastim, motixafortide mobilises stem cells": the name right after the fronted giving
     * phrase's comma, not the partner inside it; null where the sentence opens with no such phrase or no name follows.
     */
    static Mention afterGivingPhrase(RecognizedDocument doc, int si) {
        int comma = FrontedGivingPhrases.givingPhraseComma(doc.analyzed().sentences().get(si));
        return comma < 0 ? null : doc.nameStartingAt(si, comma + 1);
    }

    /** "So what is GPR84?", "What does bindarit do?": the one name a question asks about, which the answer goes on. */
    static Mention askedAbout(RecognizedDocument doc, int si) {
        Sentence question = doc.analyzed().sentences().get(si);
        boolean asks = question.lower(question.size() - 1).equals("?") && java.util.stream.IntStream.range(0, 3)
                .anyMatch(k -> question.lower(k).equals("what") && Copulas.COPULAS.contains(question.lower(k + 1))
                        || question.lower(k).equals("what") && question.lower(k + 1).equals("does"));
        List<Mention> named = doc.mentions().get(si).stream().filter(m -> !m.anaphoric()).toList();
        return asks && named.size() == 1 ? named.get(0) : null;
    }

    /** Words that open a plural noun phrase, before a name that modifies its head: "Most HIV strains". */
    private static final Set<String> PLURAL_OPENERS = Set.of("most", "many", "some", "all", "these", "those", "the",
            "both", "several", "few", "other");

    /**
     * Whether a name other than a drug's only modifies the plural noun after it ("Most HIV strains enter T cells"),
     * which is then the subject, and no "it" the next sentence opens with stands for the name.
     */
    static boolean modifiesPluralHead(RecognizedDocument doc, Mention m) {
        Sentence s = doc.analyzed().sentences().get(m.sentence());
        String next = m.to() < s.size() ? s.token(m.to()).text() : "";
        return m.type().kind() != EntityType.Kind.DRUG && PLURAL_OPENERS.contains(s.lower(m.from() - 1))
                && next.matches("[a-z]{3,}s") && !next.endsWith("ss")
                && doc.nameStartingAt(m.sentence(), m.to()) == null;
    }
}
