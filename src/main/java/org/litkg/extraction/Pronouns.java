package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.ClueSubjects;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.FrontedPhrases;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/**
 * Finds what "it", "they" and "them" stand for. A pronoun is first read as continuing the topic: the subject of
 * the sentence before when the pronoun is the sentence's first reference, or its own sentence's subject when it
 * opens a clause after "and". Otherwise it is the nearest fitting entity before it.
 */
final class Pronouns {

    /** Plural pronouns, which the one drug a text is about does not stand for ("they release less histamine"). */
    private static final Set<String> PLURALS = Set.of("they", "them", "themselves");

    private final RecognizedDocument doc;
    private final Coreference coreference;
    private final ClauseAntecedents clauses;

    Pronouns(RecognizedDocument doc, Coreference coreference) {
        this.doc = doc;
        this.coreference = coreference;
        this.clauses = new ClauseAntecedents(doc, coreference);
    }

    /** The antecedent of a pronoun at token k of sentence si. */
    Node.EntityNode resolve(int si, int k, Set<EntityType> allowed) {
        Sentence s = doc.analyzed().sentences().get(si);
        if (k == s.itemLabelEnd() && ClueSubjects.answerToken(s) > k) {
            return QuizAnswers.firstAnswered(doc, si, allowed); // a crossword's "2. It binds CXCR4 (6): CXCL12"
        }
        String word = s.lower(k);
        // "By binding S1P1 on lymphocytes, it pulls ...": the subject after a fronted clause is a first reference too
        boolean fronted = afterFrontedClause(si, k);
        // "Unlike most PD-L1 antibodies, its Fc region is intact, so it can": the names compared with are no
        // references, and "it" is the topic, as after a fronted clause
        int compared = FrontedPhrases.comparisonComma(doc.analyzed().sentences().get(si));
        boolean opensClause = firstReference(si, k, compared) || fronted;
        Node.EntityNode lead = word.equals("it") && fronted ? leadBeforeColon(si, k, allowed) : null;
        if (lead != null) {
            return lead; // "How momelotinib works: like ruxolitinib, it inhibits JAK1": the lead's name
        }
        DocumentEntities.Entity topic = word.equals("it") && opensClause ? previousSubject(si) : null;
        Node.EntityNode heading = topic != null && !allowed.contains(topic.type()) ? coreference.topicDrugs().headingDrug(si)
                : null;
        if (heading != null && allowed.contains(heading.type())) {
            return heading; // "PLERIXAFOR (MOZOBIL) * The FDA approved it in 2008. * It is given with filgrastim"
        }
        if (topic != null && (k == 0 || compared > 0 || allowed.contains(topic.type()))) {
            // "Eotaxin-1 is made by fibroblasts. It attracts eosinophils": a pronoun opening a sentence is the
            // subject of the one before; if that cannot fill the role, it is no earlier entity that could.
            // "TL1A is a cytokine in the TNF family. In the colon it is pumped out": not TNF, the topic
            Mention later = allowed.contains(topic.type()) ? null : clauses.laterClauseSubject(si - 1, allowed);
            return allowed.contains(topic.type()) ? new Node.EntityNode(topic) : later == null ? null : node(later);
        }
        int earlierIt = word.equals("it") && clauseAfterAnd(si, k) ? clauses.itAfterPluralSubject(si, k) : -1;
        if (earlierIt >= 0) {
            return resolve(si, earlierIt, allowed); // "Heart cells release it, and it binds CCR2": not the cells
        }
        boolean trailing = word.equals("it") && ClauseOpeners.trailsMainClause(doc.analyzed().sentences().get(si), k);
        Node.EntityNode parallel = clauseAfterAnd(si, k) || trailing ? sentenceSubject(si, k, word) : null;
        if (parallel != null && (!trailing || allowed.contains(parallel.type()))) {
            // "The antibody binds BAFF-R, blocking BAFF from reaching it, and it also marks B cells": the antibody;
            // "Venetoclax is approved for AML in people who cannot have chemotherapy, when it is given with Y"
            return allowed.contains(parallel.type()) ? parallel : null;
        }
        Node.EntityNode tumourCells = word.equals("them") ? cancerReferenceJustBefore(si, k, allowed) : null;
        if (tumourCells != null) {
            return tumourCells; // "binds CXCR4 on the cancer cells and tethers them": "them" are the cancer's cells
        }
        if (PLURALS.contains(word) && (pluralOfOtherTypeBefore(si, k, allowed) || PeoplesModifiers.thinkers(s, k))
                || PairReferences.pairOfOtherType(doc, si, k, word, allowed, this::isCoordinated)) { // "X and Y. Both"
            return null; // "tumours may escape the drug, as they do other therapies": they are the tumours
        }
        Mention clauseSubject = fronted && PLURALS.contains(word)
                ? FrontedClauseSubjects.pluralSubject(doc, coreference, si, k, allowed) : null;
        if (clauseSubject != null) {
            return node(clauseSubject); // "When liver cells are damaged, they send out CCL2"
        }
        // "Given with filgrastim, it mobilised ...": "it" is not a name inside the clause fronted before it
        int from = fronted ? ClauseOpeners.clauseStart(s, k) : k;
        Mention nearest = coreference.nearestNameBefore(si, from, allowed, null, null);
        while (nearest != null && word.equals("it") && (isPluralClass(nearest) || isCoordinated(nearest))) {
            // "taking steroids such as prednisone alongside it": "it" is no plural class; "rely on APRIL and BAFF to
            // keep producing it": nor one of two names joined by "and", which together are "they"
            nearest = coreference.nearestNameBefore(nearest.sentence(), nearest.from(), allowed, null, null);
        }
        if (nearest != null && nearest.sentence() == si && word.equals("it")
                && RelativeHeads.isRelativeClauseSubject(doc, si, nearest, k)) {
            // "CXCL13, the chemokine that binds it", "CXCL13, which binds it": the clause's subject is not its object
            nearest = coreference.nearestNameBefore(si, nearest.from(), allowed, null, node(nearest));
        }
        nearest = AsideAntecedents.orDescribed(doc, si, k, word, nearest, allowed); // "binds X, an aside, and blocks it"
        if (nearest != null && nearest.sentence() == si && word.equals("it")
                && RelativeHeads.isOwnSubject(doc.analyzed().sentences().get(si), nearest, k)) {
            // "A protein called BAFF binds it": the verb's subject is not its object ("itself" would say so)
            nearest = coreference.nearestNameBefore(si, nearest.from(), allowed, null, node(nearest));
        }
        if (nearest != null && nearest.sentence() == si && isPartnerObject(si, k, nearest.to())) {
            // "rozanolixizumab can be taken together with it": the partner is not the clause's own subject
            nearest = coreference.nearestNameBefore(si, nearest.from(), allowed, null, null);
        }
        if (nearest != null && nearest.sentence() == si && PLURALS.contains(word)
                && clauses.makesAntecedent(si, nearest, k)) {
            // "stromal cells release a chemokine called CXCL12, which holds them": not the cells that make it
            nearest = coreference.nearestNameBefore(si, nearest.from(), allowed, null, node(nearest));
        }
        if (nearest != null && nearest.sentence() == si && isPlaceOfWhere(si, k, nearest)) {
            // "attracts neutrophils into the lungs, where they release elastase": "where" is the lungs, "they" the cells
            nearest = coreference.nearestNameBefore(si, nearest.from(), allowed, null, node(nearest));
        }
        for (int step = 0; opensClause && word.equals("it") && step < PLURALS_PASSED && nearest != null
                && pluralCells(nearest); step++) {
            // "... to hold the stem cells tight. It binds CXCR4": a sentence's opening "it" is no plural cells
            nearest = coreference.nearestNameBefore(nearest.sentence(), nearest.from(), allowed, null, node(nearest));
        }
        boolean counted = nearest != null && (COUNTED.contains(doc.entities().of(nearest).type())
                || isOneTumour(nearest)); // "traps the T cells in a pancreatic tumour ... set them free": the cells
        if (counted && word.equals("it") && coreference.headIsPlural(nearest)) {
            return null; // "... makes blood vessels leak. Lanadelumab binds X and stops it from": not the vessels
        }
        if (counted && PLURALS.contains(word) && !coreference.headIsPlural(nearest)
                && !AsideAntecedents.pluralSubject(doc, nearest)) { // "Microglia are ... They carry"
            // "the CRF1 receptor on corticotroph cells in the pituitary gland and tells them": not the gland
            nearest = coreference.nearestNameBefore(si, from, allowed, null, node(nearest));
        }
        Mention opening = nearest != null && nearest.sentence() < si && word.equals("it")
                ? OpeningSubjects.openingName(doc, nearest.sentence(), allowed) : null;
        if (opening != null && pluralCells(opening)) {
            opening = null; // "Stromal cells release CXCL12 in the bone. It ... keeps them": not the cells
        }
        if (opening != null) {
            // "Maribavir inhibits UL97, so it works against strains that resist ganciclovir. ... The FDA approved it":
            // in an earlier sentence, its subject is what "it" goes on talking about, not a name deep in its object
            nearest = opening;
        }
        Node.EntityNode named = nearest == null ? null : node(nearest);
        if (named == null && (allowed.contains(EntityType.CANCER))) {
            return coreference.focusCancer(si, k, allowed);
        }
        if (named == null && allowed.contains(EntityType.DRUG) && !PLURALS.contains(word)) {
            // nothing named nearby: the drug the text is about
            return coreference.topicDrugs().mostNamedDrug(si, k, allowed, null);
        }
        if (named != null && named.type().kind() == EntityType.Kind.DRUG && !PLURALS.contains(word)
                && coreference.topicDrugs().nearestDrugIsPartner(si, from)) {
            // "testing fruquintinib together with trifluridine/tipiracil ... the FDA approved it": not the partner
            return coreference.topicDrugs().mostNamedDrug(si, from, allowed, named);
        }
        return named;
    }

    /** Whether the nearest plural name before token k of its sentence is of a type the pronoun's role does not allow. */
    private boolean pluralOfOtherTypeBefore(int si, int k, Set<EntityType> allowed) {
        List<Mention> ms = doc.mentions().get(si);
        for (int i = ms.size() - 1; i >= 0; i--) {
            Mention m = ms.get(i);
            if (m.to() <= k && coreference.headIsPlural(m) && !RelativeHeads.pronounBetween(doc.analyzed().sentences().get(si), m.to(), k)) {
                return !allowed.contains(m.type()); // but "the blood vessels that feed them": not the vessels
            }
        }
        return false;
    }

    private boolean isPluralClass(Mention m) {
        return doc.entities().of(m).type() == EntityType.DRUG_CLASS && coreference.headIsPlural(m);
    }

    /**
     * The name is joined to another by "and" or "or" ("APRIL and BAFF (also called BLyS)"); an alias in brackets
     * after a name is read as that name.
     */
    private boolean isCoordinated(Mention m) {
        Sentence s = doc.analyzed().sentences().get(m.sentence());
        int from = m.from();
        int open = from - 1;
        while (open > 0 && open > from - 4 && !s.lower(open).equals("(") && !s.lower(open).equals(")")) {
            open--;
        }
        Mention head = s.lower(open).equals("(") ? doc.nameEndingAt(m.sentence(), open) : m;
        if (head == null) {
            return false;
        }
        int after = head.to();
        if (s.lower(after).equals("(")) {
            while (after < s.size() && !s.lower(after).equals(")")) {
                after++;
            }
            after++;
        }
        boolean joinedBefore = Parentheticals.CONJUNCTIONS.contains(s.lower(head.from() - 1))
                && doc.nameEndingAt(m.sentence(), head.from() - 1) != null;
        boolean joinedAfter = Parentheticals.CONJUNCTIONS.contains(s.lower(after))
                && doc.nameStartingAt(m.sentence(), after + 1) != null;
        return joinedBefore || joinedAfter;
    }

    /** Whether the mention names cells or tissues in the plural, which "it" never stands for. */
    private boolean pluralCells(Mention m) {
        return COUNTED.contains(doc.entities().of(m).type()) && coreference.headIsPlural(m);
    }

    /** How many plural cells an opening "it" looks past for the thing it stands for. */
    private static final int PLURALS_PASSED = 3;

    /** Cells and tissues, whose names tell their number ("blood vessels", "the pituitary gland"), as pronouns do. */
    private static final Set<EntityType> COUNTED = Set.of(EntityType.CELL_TYPE, EntityType.TISSUE);

    /** A cancer named as one tumour, which "they" and "them" cannot stand for: "a pancreatic tumour". */
    private boolean isOneTumour(Mention m) {
        String head = doc.analyzed().sentences().get(m.sentence()).lower(m.to() - 1);
        return doc.entities().of(m).type() == EntityType.CANCER && (head.equals("tumour") || head.equals("tumor"));
    }

    private Node.EntityNode node(Mention m) {
        return new Node.EntityNode(doc.entities().of(m));
    }

    /** No entity is named in sentence si before token k, but in a comparison fronted up to the comma at compared. */
    private boolean firstReference(int si, int k, int compared) {
        for (Mention m : doc.mentions().get(si)) {
            if (m.from() < k && m.to() > compared) {
                return false;
            }
        }
        return true;
    }

    /** The name of the allowed type in a lead that ends in a colon before the comparison the pronoun follows, or null. */
    private Node.EntityNode leadBeforeColon(int si, int k, Set<EntityType> allowed) {
        Sentence s = doc.analyzed().sentences().get(si);
        int colon = FrontedPhrases.leadColon(s);
        if (colon < 0 || FrontedPhrases.comparisonComma(s) != k - 1) {
            return null;
        }
        Mention named = null;
        for (Mention m : doc.mentions().get(si)) {
            if (m.to() <= colon && allowed.contains(m.type()) && !m.anaphoric()) {
                named = m;
            }
        }
        return named == null ? null : node(named);
    }

    /**
     * The pronoun at k opens a clause after ", and" or ", but", or after a colon or semicolon ("X is a clamp: it binds
     * MEK").
     */
    private boolean clauseAfterAnd(int si, int k) {
        Sentence s = doc.analyzed().sentences().get(si);
        return k >= 2 && ((s.lower(k - 1).equals("and") || s.lower(k - 1).equals("but")) && s.lower(k - 2).equals(",")
                || s.lower(k - 1).equals(":") || s.lower(k - 1).equals(";")
                || s.lower(k - 1).equals("than") && s.lower(k).equals("it")); // "binds X more tightly than it binds Y"
    }

    /**
     * What the subject of sentence si stands for, if the sentence opens with it: an earlier use of the same
     * pronoun before any name, or a name in its first two tokens.
     */
    private Node.EntityNode sentenceSubject(int si, int k, String word) {
        Sentence s = doc.analyzed().sentences().get(si);
        List<Mention> mentions = doc.mentions().get(si);
        int comma = FrontedPhrases.comparisonComma(s);
        if (comma > 0 && comma + 1 < k) {
            // "Like ruxolitinib, it inhibits JAK1, but it also inhibits ACVR1": the subject after the comparison
            return s.lower(comma + 1).equals(word) ? resolve(si, comma + 1, ANY_TYPE) : null;
        }
        int firstName = mentions.isEmpty() ? k : Math.min(k, mentions.get(0).from());
        for (int j = 0; j < firstName; j++) {
            if (s.lower(j).equals(word)) {
                return resolve(si, j, ANY_TYPE);
            }
        }
        int start = FrontedPhrases.openingPhraseEnd(s, k); // "In liver metastases, T cells release": after the phrase
        Mention first = mentions.stream().filter(m -> m.from() >= start).findFirst().orElse(null);
        if (first == null || first.from() > start + 1 || first.to() >= k) {
            return null;
        }
        first = ClauseOpeners.claimOverSpeaker(s, mentions, first, k); // "Dr. X said that GX-410 ...; it blocks CCR2"
        // "T cells release CCL5, a chemokine that feeds the cancer: it binds CCR5": "it" is no plural subject
        return word.equals("it") && coreference.headIsPlural(first) ? null : coreference.resolve(first, ANY_TYPE);
    }

    /**
     * The cancer a reference to its cells ("the cancer cells") stands for, when that reference is the nearest
     * mention before the "them" at token k in its sentence and a cancer may fill the role; null otherwise.
     */
    private Node.EntityNode cancerReferenceJustBefore(int si, int k, Set<EntityType> allowed) {
        Mention nearest = null;
        for (Mention m : doc.mentions().get(si)) {
            if (m.to() <= k) {
                nearest = m;
            }
        }
        if (nearest == null || !nearest.anaphoric() || nearest.type() != EntityType.CANCER
                || !allowed.contains(EntityType.CANCER) || !nearest.text().toLowerCase(java.util.Locale.ROOT).endsWith("cells")
                && !doc.analyzed().sentences().get(si).lower(nearest.to()).equals("cells")) {
            return null;
        }
        return coreference.resolve(nearest, allowed);
    }

    /** The entity named at the start of the sentence before {@code si} (its subject), if one is. */
    private DocumentEntities.Entity previousSubject(int si) {
        if (si == 0) {
            return null;
        }
        Sentence before = doc.analyzed().sentences().get(si - 1);
        int comma = FrontedPhrases.comparisonComma(before);
        if (comma > 0) {
            // "Like prednisone, it binds the receptor. Unlike prednisone, it also blocks ...": not prednisone
            if (!before.lower(comma + 1).equals("it")) {
                Mention subject = OpeningSubjects.afterComparison(doc, si - 1, comma);
                return subject == null ? null : doc.entities().of(subject);
            }
            Node.EntityNode subject = resolve(si - 1, comma + 1, ANY_TYPE);
            return subject == null ? null : subject.entity();
        }
        if (FrontedGivingPhrases.givingPhraseComma(before) > 0) { // "Given with filgrastim, X mobilises. It was"
            Mention subject = OpeningSubjects.afterGivingPhrase(doc, si - 1); // X, not the partner in the phrase
            return subject == null ? null : doc.entities().of(subject);
        }
        Mention opening = OpeningSubjects.openingName(doc, si - 1, ANY_TYPE); // or "The article said that X blocks Y"
        opening = opening != null ? opening : ClauseOpeners.reportedSubject(before, doc.mentions().get(si - 1));
        if (opening != null && (pluralCells(opening) || OpeningSubjects.modifiesPluralHead(doc, opening))) {
            return null; // "Stromal cells release CXCL12. It binds": not the cells, nor "HIV" of "Most HIV strains"
        }
        Mention asked = opening == null ? OpeningSubjects.askedAbout(doc, si - 1) : null;
        return opening != null ? doc.entities().of(opening) : asked != null ? doc.entities().of(asked) : null;
    }

    private static final Set<EntityType> ANY_TYPE = java.util.EnumSet.allOf(EntityType.class);

    private static final Set<String> CLAUSE_OPENERS = Set.of("when", "after", "before", "while", "although", "though",
            "because", "since", "if", "unlike", "like", "in", "with", "by", "despite", "once", "as");

    private boolean afterFrontedClause(int si, int k) {
        Sentence s = doc.analyzed().sentences().get(si);
        if (k < 2 || !s.lower(k - 1).equals(",")) {
            return false;
        }
        if (FrontedPhrases.comparisonComma(s) == k - 1) {
            return true; // "How X works: like Y, it inhibits JAK1"
        }
        String first = s.lower(ClauseOpeners.clauseStart(s, k)); // "...; combined with an anti-PD-1 antibody, it did"
        return CLAUSE_OPENERS.contains(first) || first.endsWith("ed") || first.endsWith("en") || first.endsWith("ing");
    }

    /** The name right before ", where" that opens the pronoun's clause at k: the place "where" stands for. */
    private boolean isPlaceOfWhere(int si, int k, Mention nearest) {
        org.litkg.analysis.Sentence s = doc.analyzed().sentences().get(si);
        int where = k - 1;
        return s.lower(where).equals("where") && (nearest.to() == where || s.lower(where - 1).equals(",")
                && nearest.to() == where - 1);
    }

    /** Prepositions whose object pronoun is a partner of the clause's subject: "given with it", "taken alongside it". */
    private static final Set<String> PARTNER_PREPOSITIONS = Set.of("with", "alongside");

    /**
     * Whether the pronoun at k follows a partner preposition and only a verb group ("can be taken together") stands
     * between it and the name ending at {@code nameEnd}, which is then the clause's subject.
     */
    private boolean isPartnerObject(int si, int k, int nameEnd) {
        org.litkg.analysis.Sentence s = doc.analyzed().sentences().get(si);
        if (!PARTNER_PREPOSITIONS.contains(s.lower(k - 1)) || nameEnd >= k - 1) {
            return false;
        }
        for (int j = nameEnd; j < k - 1; j++) {
            String pos = s.token(j).pos();
            if (!pos.equals("AUX") && !pos.equals("VERB") && !pos.equals("ADV") && !pos.equals("PART")
                    && !s.lower(j).equals("together")) {
                return false;
            }
        }
        return true;
    }
}
