package org.litkg.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "In an early trial of 48 patients run by the company": "the company" after a study's "run by" stands for the
 * organisation that speaks in the text, or else the nearest one named before whose name is a company's (no university,
 * hospital, charity or public body).
 */
final class CompanyReferences {

    /** Heads of names that are no company's: a university, a hospital, a charity, a public body. */
    private static final Set<String> NON_COMPANY_HEADS = Set.of("university", "universität", "université", "universidad",
            "università", "institute", "institut", "institutet", "hospital", "infirmary", "college", "school", "centre",
            "center", "clinic", "foundation", "society", "agency", "administration", "council", "ministry", "department",
            "trust", "charity", "association", "academy", "service", "commission", "network", "alliance", "consortium",
            "campus", "laboratory", "unit", "division", "organization", "organisation", "research");

    private CompanyReferences() {
    }

    /** The company "the company" at {@code k} ("the" there, the noun after it) stands for; null if it is no such phrase. */
    static Argument at(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        int noun = k + 1;
        while (noun < Math.min(s.size(), k + 1 + MODIFIER_TOKENS) && isModifierToken(s, noun)) {
            noun++; // "the Basel-based biotech", "the clinical-stage company"
        }
        if (!s.lower(k).equals("the") || !r.cues.is(Cues.Category.COMPANY_NOUN, s.lower(noun))) {
            return null;
        }
        Mention speaker = r.speakers.defined();
        // a lab's handbook speaks for its university: "the company" there is another, named before
        Mention named = speaker != null && isCompanyName(speaker.text()) ? speaker : nearestCompanyBefore(r, si, k);
        if (named == null) {
            return null;
        }
        Argument org = r.argument(named, StudyPatterns.ORGS);
        if (org == null) {
            return null;
        }
        org.litkg.document.Span span = new org.litkg.document.Span(s.token(k).span().start(), s.token(noun).span().end());
        return new Argument(org.node(), span, s.textOf(k, noun + 1), true);
    }

    /** How many tokens may stand between "the" and its company noun: "the Basel - based biotech". */
    private static final int MODIFIER_TOKENS = 3;

    /** A hyphenated modifier's part ("Basel", "-", "based"): the words of "X-based" or "clinical-stage". */
    private static boolean isModifierToken(Sentence s, int j) {
        return s.lower(j).equals("-") ? s.isJoiningHyphen(j) : s.isJoiningHyphen(j + 1) || s.isJoiningHyphen(j - 1);
    }

    private static Mention nearestCompanyBefore(Reading r, int si, int k) {
        for (int i = si; i >= 0; i--) {
            List<Mention> ms = r.doc.mentions().get(i);
            for (int j = ms.size() - 1; j >= 0; j--) {
                Mention m = ms.get(j);
                if (!m.anaphoric() && m.type() == EntityType.ORGANIZATION && (i < si || m.to() <= k) && isCompanyName(m.text())) {
                    return m;
                }
            }
        }
        return null;
    }

    static boolean isCompanyName(String name) {
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (NON_COMPANY_HEADS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
