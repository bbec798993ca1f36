package org.litkg.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.DrugContextRecognizer;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A note's or a glossary's label, the subject of the clauses after its colon that name none of their own:
 * "Sacituzumab govitecan: binds TROP2 on TNBC cells; approved by the FDA for metastatic TNBC."; and a factbox's
 * heading, the subject of the participle clauses in the items under it.
 */
final class LabelSubjects {

    private LabelSubjects() {
    }

    /** Whether token k opens a card's fragment, after a semicolon or the label's colon: "X (Brand): oral; with Y". */
    static boolean opensFragment(Sentence s, int k) {
        return s.lower(k - 1).equals(";") || s.lower(k - 1).equals(":");
    }

    /**
     * The name that opens sentence si and is closed by a colon (past a bracketed alias: "Plerixafor (AMD3100):"), where
     * the verb at t comes after that colon; null otherwise. found gets the label's tokens.
     */
    static Argument subject(Reading r, int si, int t, Set<EntityType> allowed, int[] found) {
        Argument labelled = labelSubject(r, si, t, allowed, found);
        boolean drugs = DRUG_TYPES.containsAll(allowed); // "CXCL12 binds CXCR4; blocked by X": not the chemokine
        boolean afterSemicolon = r.sentence(si).lower(t - 1).equals(";");
        if (labelled != null || !afterSemicolon) {
            return labelled;
        }
        if (drugs) {
            return firstOfClauseBefore(r, si, t - 1, allowed, found);
        }
        Argument described = describedOpener(r, si, t, allowed, found);
        return described != null ? described : colonLabel(r, si, t, allowed, found);
    }

    /** "CXCR4: blocked by X; bound by CXCL12": the name the line opens with, closed by a colon before t; else null. */
    private static Argument colonLabel(Reading r, int si, int t, Set<EntityType> allowed, int[] found) {
        Sentence s = r.sentence(si);
        Mention label = r.startingAt(si, 0);
        int colon = label == null || label.anaphoric() ? -1 : Parentheticals.after(s, label.to());
        Argument a = colon > 0 && colon < t && s.lower(colon).equals(":") ? r.argument(label, allowed) : null;
        if (a != null) {
            found[0] = label.from();
            found[1] = label.to();
        }
        return a;
    }

    /**
     * "- CXCR4 (receptor), the receptor that CXCL12 binds; blocked by plerixafor": a list item's name, described after
     * its comma, is the subject of the clause after the semicolon (past a short label: "Added: CCL22, a chemokine made
     * by dendritic cells; binds CCR4"); null where the sentence opens otherwise.
     */
    /** How many words a list item's label may take before its colon: "Added:", "New entry:". */
    private static final int LABEL_WORDS = 2;

    private static Argument describedOpener(Reading r, int si, int t, Set<EntityType> allowed, int[] found) {
        Sentence s = r.sentence(si);
        Mention opener = r.startingAt(si, s.labelColon(LABEL_WORDS) + 1); // past a label: "Added: CCL22, a chemokine"
        int after = opener == null ? -1 : opener.to();
        after = s.lower(after).equals("(") ? Parentheticals.after(s, after) : after;
        Argument a = after > 0 && after < t && s.lower(after).equals(",") && !opener.anaphoric()
                ? r.argument(opener, allowed) : null;
        if (a != null) {
            found[0] = opener.from();
            found[1] = opener.to();
        }
        return a;
    }

    private static final Set<EntityType> DRUG_TYPES = Set.of(EntityType.DRUG, EntityType.DRUG_CLASS);

    /**
     * "plerixafor blocks CXCR4; approved by the FDA in 2008": a clause after a semicolon that names no drug of its own
     * as its subject has the first drug of the clause before it, or, where that clause has lost its subject too
     * ("Child: mavorixafor, a pill; blocks CXCR4; approved by the FDA"), of the clause before that.
     */
    private static Argument firstOfClauseBefore(Reading r, int si, int semicolon, Set<EntityType> allowed,
                                                int[] found) {
        Sentence s = r.sentence(si);
        int start = semicolon - 1;
        while (start > 0 && !s.lower(start - 1).equals(";")) {
            start--;
        }
        Argument first = firstIn(r, si, start, semicolon, allowed, found);
        boolean headless = start > 1 && (opensClause(s, start)
                || AgentlessVerbs.isThirdPerson(s, start) && s.token(start).text().equals(s.lower(start)));
        return first != null || !headless ? first : firstOfClauseBefore(r, si, start - 1, allowed, found);
    }

    private static Argument firstIn(Reading r, int si, int start, int semicolon, Set<EntityType> allowed, int[] found) {
        for (Mention m : r.mentions(si)) {
            Argument a = m.from() >= start && m.to() <= semicolon && !m.anaphoric() ? r.argument(m, allowed) : null;
            if (a != null) {
                found[0] = m.from();
                found[1] = m.to();
                return a;
            }
        }
        return null;
    }

    private static Argument labelSubject(Reading r, int si, int t, Set<EntityType> allowed, int[] found) {
        Sentence s = r.sentence(si);
        Mention label = r.startingAt(si, 0);
        int opened = t == 1 && CLIPPING_ADVERBS.contains(s.lower(0)) ? 1 : 0; // "Already tested with X"
        if (label == null && t == opened && opensClause(s, t)) {
            // "MOTIXAFORTIDE (APHEXDA) * Approved by the FDA in 2023 ...", "X = blocks CCR2. Already tested with Y"
            Argument heading = headingSubject(r, si, allowed, found);
            return heading != null ? heading : previousOpener(r, si, allowed, found);
        }
        int field = label == null ? s.labelColon(FIELD_LABEL_WORDS) : -1;
        if (field > 0 && t == field + 1 && opensClause(s, t)) {
            return fieldSubject(r, si, t, allowed, found); // "Regulatory status: approved by the FDA in 2023"
        }
        int colon = label == null ? -1 : Parentheticals.after(s, label.to());
        // an index's or a glossary's other names, with the verb right after the colon: "CXCR4: blocked by plerixafor"
        boolean verbAfter = colon > 0 && t == colon + 1 && s.lower(colon).equals(":");
        if (label == null || label.anaphoric() || label.type() != EntityType.DRUG && !verbAfter) {
            return null;
        }
        colon = DrugContextRecognizer.isFormulation(s.lower(colon)) ? colon + 1 : colon; // "Teprotumumab drips: approved"
        // a glossary's colon reads as "is" ("X: an antibody that ...; approved by"), its span still the colon's
        boolean labelled = s.lower(colon).equals(":") || colon < s.size() && s.textOf(colon, colon + 1).equals(":");
        if (!labelled || t <= colon) {
            return null;
        }
        Argument a = r.argument(label, allowed);
        if (a != null) {
            found[0] = label.from();
            found[1] = label.to();
        }
        return a;
    }

    /** The words that open a fact sheet's label about "it", as layout reads them (PageLayout's topic headings). */
    private static final Set<String> IT_LABEL_OPENERS = Set.of("what", "how", "why", "who");
    /** How many words may follow "it" in such a label: "What it does:", "Who it is for:". */
    private static final int IT_LABEL_WORDS = 2;

    /**
     * The first token after a fact sheet's label whose subject is "it" ("What it does: binds CD19", "How it works:
     * blocks CXCR4"), where the verb after it has lost its subject as a slide's line does; else 0.
     */
    static int afterItLabel(Sentence s) {
        if (!IT_LABEL_OPENERS.contains(s.lower(0)) || !s.lower(1).equals("it")) {
            return 0;
        }
        for (int colon = 3; colon <= 2 + IT_LABEL_WORDS && colon + 1 < s.size(); colon++) {
            if (s.lower(colon).equals(":")) {
                return colon + 1;
            }
        }
        return 0;
    }

    /**
     * "BALIXAFORTIDE * Tested with eribulin in women with breast cancer.": a factbox item opened by a participle is
     * about the drug its heading names; found gets the verb's token, as the heading is in another sentence.
     */
    static Argument headingSubject(Reading r, int si, Set<EntityType> allowed, int[] found) {
        Node.EntityNode heading = r.topicDrugs().headingDrug(si);
        if (heading == null || !allowed.contains(heading.type())) {
            return null;
        }
        Sentence s = r.sentence(si);
        found[0] = 0;
        found[1] = 1;
        return new Argument(heading, s.token(0).span(), s.token(0).text(), true);
    }

    /** Whether the verb at t is a participle that opens a clipped clause: "Approved by", "Tested with", "Given". */
    private static boolean opensClause(Sentence s, int t) {
        return s.lower(t).endsWith("ed") || s.lower(t).equals("given");
    }

    /** How many words a field's label may take before a participle: "Regulatory status:". */
    private static final int FIELD_LABEL_WORDS = 3;

    /**
     * "Regulatory status: approved by the US Food and Drug Administration in September 2023": a briefing's or a fact
     * sheet's field that opens with a participle is about the drug the text is about (its heading's, else the one it
     * names most); found gets the verb's token.
     */
    private static Argument fieldSubject(Reading r, int si, int t, Set<EntityType> allowed, int[] found) {
        Node.EntityNode topic = r.topicDrugs().headingDrug(si);
        topic = topic != null ? topic : r.topicDrugs().mostNamedDrug(si, t, allowed, null);
        if (topic == null || !allowed.contains(topic.type())) {
            return null;
        }
        Sentence s = r.sentence(si);
        found[0] = t;
        found[1] = t + 1;
        return new Argument(topic, s.token(t).span(), s.token(t).text(), true);
    }

    /** Adverbs a note's clipped line may open with before its participle: "Already tested with FOLFIRINOX". */
    private static final Set<String> CLIPPING_ADVERBS = Set.of("already", "also", "previously", "now", "recently",
            "first", "then", "since", "later");

    /**
     * "PF-04136309 = blocks CCR2 (Pfizer). Already tested with FOLFIRINOX in patients": a note's sentence that opens
     * with a participle has dropped its subject, which is the drug that opens the sentence before it on its line (a
     * section above, under its own heading, is about something else); found gets the verb's token, as that drug is in
     * another sentence.
     */
    private static Argument previousOpener(Reading r, int si, Set<EntityType> allowed, int[] found) {
        Mention opener = si > 0 && sameLine(r, si - 1, si) ? r.startingAt(si - 1, 0) : null;
        Argument a = opener == null || opener.anaphoric() || opener.type() != EntityType.DRUG ? null
                : r.argument(opener, allowed);
        if (a == null) {
            return null;
        }
        Sentence s = r.sentence(si);
        int verb = CLIPPING_ADVERBS.contains(s.lower(0)) ? 1 : 0;
        found[0] = verb;
        found[1] = verb + 1;
        return new Argument(a.node(), s.token(verb).span(), s.token(verb).text(), true);
    }

    private static boolean sameLine(Reading r, int before, int si) {
        String text = r.doc.analyzed().document().text();
        return text.substring(r.sentence(before).span().end(), r.sentence(si).span().start()).indexOf('\n') < 0;
    }

    /** How far after a semicolon a labelled list's next item may be named: "; the European Commission (2022)". */
    private static final int ITEM_REACH = 3;

    /**
     * The further items of a labelled field's list, each after a semicolon: "Approved by: the US Food and Drug
     * Administration (2020); the European Commission (2022)." gives the Commission, past the first item ending at
     * {@code from}.
     */
    static List<Argument> listedAfter(Reading r, int si, int from, Set<EntityType> allowed) {
        Sentence s = r.sentence(si);
        List<Argument> items = new ArrayList<>();
        for (int k = from; k < s.size(); k++) {
            Argument item = s.lower(k).equals(";") ? r.rightOf(si, k, ITEM_REACH, allowed, new int[2]) : null;
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }
}
