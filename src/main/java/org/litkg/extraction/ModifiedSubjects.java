package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A verb's subject past the prepositional modifier that ends just before the verb: "fibroblasts in the stroma
 * release", "T cells in the salivary glands carry". The nearest name is the modifier's; the subject is the head
 * the modifier follows, if that head can fill the role.
 */
final class ModifiedSubjects {

    /** Words that open a modifier's noun as an article does: "in these tumors", "at the centre of each granuloma". */
    private static final Set<String> DEMONSTRATIVES = Set.of("these", "those", "each", "every");
    /** Nouns for a part of a place that "of" names: "at the edge of the tumour", "in the core of the lesion". */
    static final Set<String> PART_NOUNS = Set.of("edge", "edges", "border", "borders", "margin", "margins",
            "rim", "centre", "center", "core", "periphery", "boundary", "fringe", "fringes");

    private ModifiedSubjects() {
    }

    /**
     * "Cancer-associated fibroblasts in the stroma release CXCL12": when the nearest candidate sits in a
     * prepositional modifier, the subject is the head before it, if that head can be.
     */
    static Argument headBeforeModifier(Reading r, int si, Argument agent, Set<EntityType> allowed, int[] found) {
        return headBeforeModifier(r, si, agent, allowed, found, 0);
    }

    private static Argument headBeforeModifier(Reading r, int si, Argument agent, Set<EntityType> allowed, int[] found,
            int depth) {
        Sentence s = r.sentence(si);
        int p = found[0] - 1;
        Mention named = s.lower(p).equals("(") ? r.endingAt(si, p - 1) : null;
        p = named != null ? named.from() - 1 : p; // "T cells in non-small cell lung cancer (NSCLC) ... carry"
        Mention organ = r.endingAt(si, p);
        // "fibroblasts inside lung tumours make": the organ before a tumour read apart from it belongs to the modifier
        boolean organFound = isTissue(organ) || isTissue(r.endingAt(si, found[1] - 1));
        p = isTissue(organ) ? organ.from() - 1 : p;
        Mention organsDisease = organFound ? r.endingAt(si, p) : null;
        // "T cells in eczema skin produce": the disease says whose organ, and is inside the modifier as well
        p = organsDisease != null && organsDisease.type() == EntityType.DISEASE ? organsDisease.from() - 1 : p;
        Mention owner = p > 0 && s.token(p).isPossessive() ? r.endingAt(si, p - 1) : null;
        p = owner != null ? owner.from() - 1 : p; // "endothelial cells lining the lungs' blood vessels pour out"
        boolean ownerNoun = owner == null && p > 1 && s.token(p).isPossessive()
                && SubjectSearch.isNominal(s.token(p - 1));
        p = ownerNoun ? p - 2 : p; // "the airway cells in the patient's lungs release": whose lungs, in the modifier
        int participle = -1;
        // "dendritic cells in responding tumors produce", "people with newly diagnosed diabetes": the modifier's own
        // adjectives and their adverbs
        for (int k = 0; k < 2 && p > 0 && isModifierOrAdverb(s, p) && r.endingAt(si, p) == null; k++) {
            participle = s.lower(p).endsWith("ing") ? p : participle;
            p--;
        }
        if (participle == p + 1 && r.endingAt(si, p) != null) {
            // "Endothelial cells lining inflamed blood vessels produce it": the cells produce, not the vessels they line
            return nameEndingAt(r, si, p, allowed, agent, found);
        }
        // "fibroblasts in these tumors secrete": a demonstrative opens the modifier's noun as an article does
        if (SubjectSearch.DETERMINERS.contains(s.lower(p)) || DEMONSTRATIVES.contains(s.lower(p))) {
            p--;
            if (participle < 0 && s.lower(p).endsWith("ing") && r.endingAt(si, p - 1) != null) {
                return nameEndingAt(r, si, p - 1, allowed, agent, found); // "the stromal cells lining the marrow make"
            }
        }
        if (s.lower(p).equals("of") && PART_NOUNS.contains(s.lower(p - 1)) && s.lower(p - 2).equals("the")
                && SubjectSearch.MODIFIER_PREPOSITIONS.contains(s.lower(p - 3))) {
            p -= 3; // "Macrophages at the edge of the metastases produce CCL5": the part of the place, in the modifier
        }
        if (ProducerPhrases.nameEndBefore(s, p) >= 0) { // "CCL21 made in the lymph nodes holds T cells"
            return nameEndingAt(r, si, ProducerPhrases.nameEndBefore(s, p), allowed, agent, found);
        }
        if (s.lower(p).equals("and") || s.lower(p).equals("or")) {
            p = SubjectSearch.beforeConjuncts(r, si, p + 1, allowed); // "stromal cells in the bone marrow and lungs secrete"
        }
        if (PeoplesModifiers.peopleBefore(s, p) >= 0) {
            // "the blood of people with hemophilia makes thrombin": the disease only says whose blood; "keratinocytes
            // in the skin of patients with vitiligo secrete": whose fat, and the cells before it are the subject
            return PeoplesModifiers.cellsBefore(r, si, PeoplesModifiers.peopleBefore(s, p), allowed, found);
        }
        // "cancer-associated fibroblasts (CAFs) in the liver": the head's abbreviation between it and the modifier
        Argument head = SubjectSearch.MODIFIER_PREPOSITIONS.contains(s.lower(p))
                ? nameEndingAt(r, si, Parentheticals.before(s, p - 1), allowed, agent, found) : agent;
        // "Fibroblasts in the dense stroma around the cancer cells make": a place in a modifier has its own modifier
        return head != agent && isTissue(r.endingAt(si, found[1] - 1)) && depth < 1
                ? headBeforeModifier(r, si, head, allowed, found, depth + 1) : head;
    }

    private static boolean isModifierOrAdverb(Sentence s, int k) {
        // "fibroblasts in the dense stroma", "macrophages in chronic granulomas": the tagger may call an adjective
        // after an article or the modifier's preposition a noun, or a proper noun
        boolean nounTagged = s.token(k).pos().equals("NOUN") || s.token(k).pos().equals("PROPN");
        String before = s.lower(k - 1);
        boolean afterArticle = nounTagged && s.token(k).text().equals(s.lower(k))
                && (SubjectSearch.DETERMINERS.contains(before) || SubjectSearch.PLACE_PREPOSITIONS.contains(before));
        return Reading.isModifierWord(s.token(k)) || s.token(k).pos().equals("ADV") && s.lower(k).endsWith("ly")
                || afterArticle;
    }

    /** The name ending at token {@code end} if it can fill the role ({@code found} gets its tokens), else {@code otherwise}. */
    private static Argument nameEndingAt(Reading r, int si, int end, Set<EntityType> allowed, Argument otherwise, int[] found) {
        Mention head = r.endingAt(si, end);
        Sentence s = r.sentence(si);
        if (head == null && ProteinNominals.isCellsNoun(s.lower(end))) {
            Mention cancer = r.endingAt(si, end - 1); // "myeloma cells in the bone marrow": a cancer's cells are the cancer
            head = cancer != null && cancer.type() == EntityType.CANCER ? cancer : null;
        }
        // "the cancer cells in the liver release": the tumour's cells, a reference, head the phrase as a name does
        boolean tumourCells = head != null && head.anaphoric() && head.type() == EntityType.CANCER;
        Argument headArgument = head == null || head.anaphoric() && !tumourCells ? null : r.argument(head, allowed);
        if (headArgument == null) {
            return otherwise;
        }
        found[0] = head.from();
        found[1] = head.to();
        return headArgument;
    }

    private static boolean isTissue(Mention m) {
        return m != null && m.type() == EntityType.TISSUE;
    }
}
