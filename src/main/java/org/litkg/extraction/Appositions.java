package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.FrontedPhrases;
import org.litkg.recognition.Mention;

/** A name and the phrase apposed to it that describes it: "E-selectin, an adhesion protein", "SIRP-alpha, a receptor". */
final class Appositions {

    private Appositions() {
    }

    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("its", "their");

    /** Whether the phrase at k is an indefinite description set after a name's comma: "CXCL13, a chemokine". */
    static boolean isApposedDescription(Sentence s, int k) {
        int article = s.lower(k).equals("a") || s.lower(k).equals("an") ? k : k - 1;
        return (s.lower(article).equals("a") || s.lower(article).equals("an")) && s.lower(article - 1).equals(",");
    }

    /**
     * "an experimental CCR1 antagonist, CCX721, halted": a name set off by commas on both sides, and no list going on
     * after it ("a 5-HT3 antagonist, dexamethasone, and aprepitant" lists three treatments). The sentence's end closes
     * it too ("was potentiated by a selective 5-HT2 antagonist, ritanserin."), and so may a dose or code in brackets
     * after the name ("a 5-HT1A antagonist, WAY-100635 (0.3 mg/kg), was given").
     */
    static boolean closedApposition(Reading r, int si, int k) {
        Mention name = r.startingAt(si, k);
        Sentence s = r.sentence(si);
        if (name == null) {
            return false;
        }
        int end = Parentheticals.after(s, name.to());
        if (end >= s.size() - 1 && s.lower(s.size() - 1).equals(".")) {
            return true;
        }
        return s.lower(end).equals(",") && !s.lower(end + 1).equals("and")
                && !s.lower(end + 1).equals("or") && r.startingAt(si, end + 1) == null;
    }

    /** The token after a company's possessive at k ("AstraZeneca's puxitatug samrotecan"), or k where there is none. */
    static int pastOwner(Reading r, int si, int k) {
        Mention owner = r.startingAt(si, k);
        boolean company = owner != null && owner.type().kind() == EntityType.Kind.ORGANIZATION;
        return company && owner.to() < r.sentence(si).size() && r.sentence(si).token(owner.to()).isPossessive()
                ? owner.to() + 1 : k;
    }

    /** How many words a maker's phrase after a class noun may have: "a CCR2 blocker from a larger company,". */
    private static final int MAKER_WORDS = 6;

    /**
     * The comma that closes a maker's phrase after a class noun ("An earlier CCR2 blocker from a larger company,
     * PF-04136309, was dropped", "a CXCR4 antagonist made by Pfizer, X,"), which starts at k; -1 if none.
     */
    static int pastMakerPhrase(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        int from = s.lower(k).equals("from") ? k + 1
                : r.cues.is(Cues.Category.MAKER_VERB, s.lower(k)) && s.lower(k + 1).equals("by") ? k + 2 : -1;
        for (int j = from; from > 0 && j < Math.min(s.size(), from + MAKER_WORDS); j++) {
            if (s.lower(j).equals(",")) {
                return j > from ? j : -1;
            }
            if (s.token(j).pos().equals("VERB") || s.token(j).pos().equals("AUX") || Reading.RELATIVE_PRONOUNS.contains(s.lower(j))) {
                return -1;
            }
        }
        return -1;
    }

    /** Nouns that describe a drug before its name: "the research compound LQ-5561", "the investigational agent X". */
    private static final Set<String> DRUG_NOUNS = Set.of("compound", "drug", "molecule", "agent", "candidate", "medicine");
    /** How many words a describing phrase may have before its name: "the orally available research compound X". */
    private static final int DESCRIPTOR_WORDS = 4;

    /**
     * The name after a definite phrase that describes it at k ("A second CXCR4 inhibitor, the research compound
     * LQ-5561, gave"), or k where there is no such phrase.
     */
    static int pastDrugDescriptor(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (!s.lower(k).equals("the") || r.startingAt(si, k) != null) {
            return k;
        }
        for (int j = k + 1; j < s.size() - 1 && j <= k + DESCRIPTOR_WORDS; j++) {
            if (!s.token(j).text().equals(s.lower(j))) {
                return k;
            }
            if (DRUG_NOUNS.contains(s.lower(j))) {
                Mention name = r.startingAt(si, j + 1);
                return name != null && name.type() == EntityType.DRUG && !name.anaphoric() ? j + 1 : k;
            }
        }
        return k;
    }

    /**
     * The name the phrase whose noun ends at {@code start} is apposed to ("CCR2, a receptor on monocytes"), past the
     * phrase's article and the comma before it; null where none is.
     */
    static Argument nameBefore(Reading r, int si, int start, Set<EntityType> allowed, int[] found) {
        Sentence s = r.sentence(si);
        for (int k = start; k >= Math.max(2, start - 6); k--) {
            String w = s.lower(k);
            if (w.equals(",") || w.equals(".") || k < start && (w.equals("which") || w.equals("who")
                    || w.equals("that") && k + 1 < s.size() && !s.token(k + 1).pos().equals("NOUN"))) {
                return null; // "CCR4, the receptor that CCL22 binds": the apposition is the clause's head's, not CCL22's
            }
            // "TSL-4410, its antibody-drug conjugate directed against B7-H4": a possessive opens an apposition too
            // "CCR2 and CCR5, receptors found on monocytes": a bare plural opens one after coordinated names
            boolean barePlural = k >= start - 1 && isPlural(s.lower(start)) && s.token(k).text().equals(w)
                    && r.endingAt(si, k - 2) != null && s.lower(k - 3).matches("and|or|,");
            boolean cellsDescribed = k == start && describesCellsBefore(r, si, k);
            if ((Reading.ARTICLES.contains(w) || POSSESSIVE_DETERMINERS.contains(w) || barePlural || cellsDescribed)
                    && s.lower(k - 1).equals(",")) {
                Mention name = r.endingAt(si, k - 2);
                name = cellsDescribed && name != null && name.type() != EntityType.CELL_TYPE ? null : name;
                if (name == null && s.lower(k - 2).equals(")")) {
                    name = r.endingAt(si, Parentheticals.before(s, k - 2)); // "ILT4 (also known as LILRB2), a receptor"
                }
                // "Like native FGF21, the drug binds": the name is compared with the phrase, not described by it
                // but "When CD47 binds SIRP-alpha, a receptor on macrophages, it ...": an indefinite phrase closed by a
                // comma describes the name even there
                boolean compared = name != null && FrontedPhrases.inFrontedPhrase(s, name.from())
                        && !(w.startsWith("a") && closedByComma(s, k + 1));
                // "In pancreatic cancer, the dense stroma holds": a fronted phrase's name, then the clause's own subject
                compared |= name != null && !w.startsWith("a") && FrontedPhrases.closesOpeningPhrase(s, k - 1);
                // "chews through the lung, the alveolar macrophages release CCL2": a name of another kind after the comma
                // is a clause's own subject, not a description of the name before
                Mention phrase = r.startingAt(si, k + 1);
                compared |= w.equals("the") && name != null && phrase != null && !phrase.anaphoric() && phrase.to() > start
                        && phrase.type() != name.type(); // not "X, the CCR5 antagonist" nor "X, a CTLA-4 fusion protein"
                Argument a = name == null || name.anaphoric() || compared ? null : r.argument(name, allowed);
                if (a != null) {
                    found[0] = name.from();
                    found[1] = name.to();
                }
                return a;
            }
        }
        return null;
    }

    /** "neutrophils, white blood cells that carry CXCR2": bare plural cells at k, with their own relative clause. */
    private static boolean describesCellsBefore(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        Mention cells = r.startingAt(si, k);
        return cells != null && cells.type() == EntityType.CELL_TYPE && !cells.anaphoric()
                && isPlural(s.lower(cells.to() - 1)) && Reading.RELATIVE_PRONOUNS.contains(s.lower(cells.to()));
    }

    static boolean isPlural(String noun) {
        return noun.endsWith("s") && !org.litkg.analysis.Lemmatizer.singular(noun).equals(noun);
    }

    /** How far an apposed phrase may run before the comma that closes it: "a receptor on tissue macrophages,". */
    private static final int APPOSED_WORDS = 6;
    /** How far back a described plural may open: "astrocytes, star-shaped cells that support nerve cells,". */
    private static final int DESCRIBED_WORDS = 10;

    /** Whether a comma closes the phrase from k before any verb: ", a receptor on macrophages, it sends". */
    private static boolean closedByComma(Sentence s, int k) {
        for (int j = k; j < Math.min(s.size(), k + APPOSED_WORDS); j++) {
            if (s.lower(j).equals(",")) {
                return true;
            }
            if (s.token(j).pos().equals("VERB") || s.token(j).pos().equals("AUX")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Rituximab, an antibody against CD20, marks the cells": a name inside an apposed phrase that a comma closes right
     * before the verb at t (or its auxiliaries) is not the verb's subject; the name the phrase describes is, if it opens
     * the clause. Returns that name where the shape holds (null if its type is not allowed, as then nothing is said),
     * else the agent found; its tokens go into left.
     */
    static Argument subjectBeforeClosedPhrase(Reading r, int si, int t, Argument agent, Set<EntityType> allowed, int[] left) {
        Sentence s = r.sentence(si);
        int comma = t - 1;
        while (comma > left[1] && AgentSearch.VERB_COMPANIONS.contains(s.lower(comma))) {
            comma--; // "Rituximab, an antibody against CD20, also marks"
        }
        // "astrocytes, support cells in the optic nerve head, release": a noun the name modifies may end the phrase
        boolean nounAfter = comma == left[1] + 1 && s.token(left[1]).pos().equals("NOUN")
                && s.token(left[1]).text().chars().allMatch(Character::isLowerCase);
        // "Zentivab, a cocktail of two monoclonal antibodies (X and Y), binds": names in brackets list the phrase's members
        int bracket = comma == left[1] + 1 && s.lower(left[1]).equals(")") ? Parentheticals.before(s, left[1]) + 1 : -1;
        if (agent == null || comma != left[1] && !nounAfter && bracket < 0 || !s.lower(comma).equals(",")) {
            return agent;
        }
        int phraseEnd = bracket > 0 && bracket < left[0] ? bracket : left[0];
        int reach = phraseEnd < left[0] ? DESCRIBED_WORDS : APPOSED_WORDS;
        int placed = placeDescriptionComma(s, phraseEnd);
        for (int k = phraseEnd - 1; k >= Math.max(1, phraseEnd - DESCRIBED_WORDS); k--) {
            // "CXCL12, made by stromal cells in the bone marrow, holds": a maker's phrase as long as a relative clause
            boolean madeBy = madeByAt(s, k) || k == placed;
            if (phraseEnd - k > reach && !RelativeHeads.pronounBetween(s, k + 1, phraseEnd) && !madeBy
                    && !madeByWithin(s, k, phraseEnd) && placed < 0) {
                return agent;
            }
            if (s.token(k).isPunctuation() && !s.lower(k).equals("-")) {
                // "astrocytes, star-shaped cells that support nerve cells, release": a bare plural described by its
                // own relative clause is an apposition too
                boolean opensPhrase = s.lower(k).equals(",") && (Reading.ARTICLES.contains(s.lower(k + 1))
                        || RelativeHeads.pronounBetween(s, k + 2, left[0]) || madeBy);
                Mention name = opensPhrase ? r.endingAt(si, Parentheticals.before(s, k - 1)) : null;
                boolean called = name != null && r.cues.is(Cues.Category.NAMING_WORD, s.lower(name.from() - 1)); // "a chemokine called X"
                // "report that astrocytes, ...,": a complementiser opens the clause, where no name before makes it relative
                // and "explains how CXCL12, made by stromal cells, anchors stem cells"
                boolean complement = name != null && COMPLEMENTISERS.contains(s.lower(name.from() - 1))
                        && r.endingAt(si, name.from() - 2) == null;
                if (name == null || name.anaphoric() || name.from() > 0 && !s.lower(name.from() - 1).equals(",")
                        && !Reading.ARTICLES.contains(s.lower(name.from() - 1)) && !called && !complement) {
                    return agent; // the phrase must describe a name that opens the clause
                }
                left[0] = name.from();
                left[1] = name.to();
                return r.argument(name, allowed);
            }
        }
        return agent;
    }

    /**
     * The comma that opens a bare plural the place from {@code placeStart} locates: "astrocytes, star-shaped support
     * cells in the optic nerve head, release"; -1 if the words before the place are no such phrase.
     */
    private static int placeDescriptionComma(Sentence s, int placeStart) {
        int p = s.lower(placeStart - 1).equals("the") ? placeStart - 2 : placeStart - 1;
        if (p < 2 || !SubjectSearch.PLACE_PREPOSITIONS.contains(s.lower(p)) || !s.lower(p - 1).endsWith("s")) {
            return -1;
        }
        for (int k = p - 1; k > 0 && k >= placeStart - DESCRIBED_WORDS; k--) {
            if (s.lower(k).equals(",")) {
                return k < p - 1 ? k : -1;
            }
            if (!s.lower(k).equals("-") && (s.token(k).isPunctuation() || !s.token(k).text().equals(s.lower(k)))) {
                return -1;
            }
        }
        return -1;
    }

    /** Words that open a clause whose subject a described name may be: "that", "how", "why", "whether". */
    private static final Set<String> COMPLEMENTISERS = Set.of("that", "how", "why", "whether");

    /** Participles of making before "by": "CXCL12, made by stromal cells, holds". */
    static final Set<String> MADE = Set.of("made", "produced", "secreted", "released");

    /** Whether ", made by" opens at the comma k. */
    private static boolean madeByAt(Sentence s, int k) {
        return s.lower(k).equals(",") && MADE.contains(s.lower(k + 1)) && s.lower(k + 2).equals("by");
    }

    /** Whether a ", made by" opens between k and the agent at {@code agentStart}. */
    private static boolean madeByWithin(Sentence s, int k, int agentStart) {
        return java.util.stream.IntStream.range(k, agentStart - 2).anyMatch(j -> madeByAt(s, j));
    }

    /** How far back from a class's first word its description may reach for the name it is apposed to. */
    private static final int SHORT_DESCRIPTION = 4;
    private static final int LONG_DESCRIPTION = 8;

    /**
     * Whether token k is still inside the description that opens a class phrase starting at {@code start}: four words
     * of any kind, or up to eight where the further ones are modifiers ("Dasatinib (BMS-354825), a potent oral
     * multi-targeted kinase inhibitor against SRC").
     */
    static boolean withinDescription(Sentence s, int k, int start) {
        if (s.lower(k).equals("but")) {
            return false; // "X, but not the EP4 antagonists Y": a contrast, no apposition
        }
        if (start - k <= SHORT_DESCRIPTION) {
            return true;
        }
        String pos = s.token(k).pos();
        return start - k <= LONG_DESCRIPTION && (pos.equals("ADJ") || pos.equals("NOUN") || s.lower(k).equals("-")
                || Reading.isModifierWord(s.token(k)) || Reading.ARTICLES.contains(s.lower(k)));
    }

    /** "an inhibitor selective for the EGFR": "selective for" links a class to its target as "of" does. */
    static boolean selectiveFor(Sentence s, int k) {
        return (s.lower(k).equals("selective") || s.lower(k).equals("specific")) && s.lower(k + 1).equals("for");
    }

    /**
     * Whether the class phrase starting at {@code start} ("a 5-HT3 antagonist") is itself apposed to a drug before it:
     * "tropisetron (1 microM), a 5-HT3 antagonist, ketanserin (10 microM), a 5-HT2 antagonist" lists pairs, and the name
     * after the class's comma is the next pair's.
     */
    static boolean describesNameBefore(Reading r, int si, int start) {
        Sentence s = r.sentence(si);
        int k = start - 1;
        while (k > 0 && start - k <= SHORT_DESCRIPTION && (s.token(k).pos().equals("ADJ") || s.lower(k).equals("-"))) {
            k--; // "a selective", "a non-selective"
        }
        if (k < 2 || !(s.lower(k).equals("a") || s.lower(k).equals("an")) || !s.lower(k - 1).equals(",")) {
            return false;
        }
        Mention name = r.endingAt(si, Parentheticals.before(s, k - 2));
        return name != null && name.type() == EntityType.DRUG;
    }

    /** How far before the verb an apposition holding it may open: ", an injection given". */
    private static final int AROUND_REACH = 4;

    /**
     * Whether the verb at t stands in an apposition (", an injection given twice a year,") that closes before the
     * preposition at {@code prep}, which is then the outer verb's: "compares X, an injection given yearly, with Y".
     */
    static boolean closedAround(Sentence s, int t, int prep) {
        int closing = t + 1;
        while (closing < prep && !s.lower(closing).equals(",")) {
            closing++;
        }
        int opening = closing < prep ? openingComma(s, t) : -1; // the comma before the verb, near it
        String article = opening < 0 ? "" : s.lower(opening + 1);
        return opening >= t - AROUND_REACH && (article.equals("a") || article.equals("an") || article.equals("the"));
    }

    /** How long a short apposition may be: ", a statin,". */
    private static final int SHORT_APPOSITION = 6;

    /**
     * The nearest comma within a short apposition's length before token {@code closing}: the one opening the apposition
     * that the comma at {@code closing} ends ("X, a statin, does"), or that holds the word there; else -1.
     */
    static int openingComma(Sentence s, int closing) {
        for (int k = closing - 1; k >= Math.max(1, closing - SHORT_APPOSITION); k--) {
            if (s.lower(k).equals(",")) {
                return k;
            }
        }
        return -1;
    }
}
