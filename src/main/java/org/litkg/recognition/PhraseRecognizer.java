package org.litkg.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;
import org.litkg.recognition.Cues.Category;

import static org.litkg.recognition.HyphenedModifiers.isCompoundModifier;
import static org.litkg.recognition.HyphenedModifiers.isHyphenedAt;
import static org.litkg.recognition.HyphenedModifiers.isProducer;
import static org.litkg.recognition.HyphenedModifiers.likenedStart;

/**
 * Noun phrases named by their head word: diseases and cancers ("pancreatic ductal adenocarcinoma", "WHIM syndrome",
 * "liver cancer"), cell types ("regulatory T cells", "macrophages") and tissues ("fibrous tissue", "desmoplastic
 * stroma"). Modifiers are read leftwards from the head; evaluative words ("rare", "deadly") are left out of the name;
 * coordinated modifiers make one mention each ("ovarian and breast tumors" names an ovarian tumor and a breast tumor).
 */
public final class PhraseRecognizer implements MentionRecognizer {

    /** The class of cancers "advanced solid tumours" names, which a trial enrols and no "tumour cells" belong to. */
    public static final String SOLID_TUMOR = "solid tumor";

    private static final int MAX_MODIFIERS = 4;
    /** Words that join a range, not a compound: "moderate-to-severe". */
    private static final java.util.Set<String> LINK_WORDS = java.util.Set.of("to", "and", "or", "of");
    private final Cues cues;
    private final Predicate<String> isVerbForm;

    public PhraseRecognizer(Cues cues, Predicate<String> isVerbForm) {
        this.cues = cues;
        this.isVerbForm = isVerbForm;
    }

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        for (int i = 0; i < s.size(); i++) {
            Token head = s.token(i);
            String lemma = Lemmatizer.singular(head.lower());
            if (cues.is(Category.CANCER_HEAD, lemma) || cues.is(Category.DISEASE_HEAD, lemma)) {
                disease(s, i, lemma, out);
            } else if (cues.is(Category.CELL_HEAD, lemma)) {
                cell(s, i, lemma, out);
            } else if (cues.isCellWord(lemma)) {
                cellWord(s, i, lemma, out);
            } else if ((lemma.equals("progenitor") || lemma.equals("precursor")) && i > 0
                    && cues.is(Category.CELL_MODIFIER, s.lower(i - 1)) && !Lemmatizer.singular(s.lower(i + 1)).equals("cell")) {
                int from = modifiersStart(s, i, this::isCellModifier); // "endothelial progenitors", "myeloid precursors"
                out.add(MentionRecognizer.mention(s, from, i + 1, EntityType.CELL_TYPE, name(s, from, i, lemma), null, 0.8,
                        "phrase", false));
            } else if (cues.is(Category.TISSUE_HEAD, lemma)) {
                tissue(s, i, lemma, out);
            } else if (isSuffixDisease(lemma)) {
                int modifiers = withNamingCompound(s, modifiersStart(s, i, this::isDiseaseModifier)); // "ulcerative colitis"
                int from = DiseaseClassNouns.afterClassNoun(s, modifiers, i); // not "the skin disease" before it
                int to = DiseaseSubtypes.end(s, i);
                String name = DiseaseSubtypes.named(s, i, to, name(s, from, i, lemma));
                out.add(MentionRecognizer.mention(s, from, to, EntityType.DISEASE, name, null, 0.75, "phrase", false));
            } else if (isCancerWord(lemma) || cues.is(Category.DISEASE_WORD, lemma)) {
                EntityType type = isCancerWord(lemma) ? EntityType.CANCER : EntityType.DISEASE;
                out.add(MentionRecognizer.mention(s, i, i + 1, type, lemma, null, 0.8, "phrase", false));
            }
        }
    }

    /** "psoriasis", "lymphohistiocytosis": a disease by its ending, unless the word names a process ("apoptosis"). */
    private boolean isSuffixDisease(String lemma) {
        return lemma.length() >= 7 && cues.endsWithAny(Category.DISEASE_SUFFIX, lemma) && !cues.is(Category.NOT_DISEASE, lemma);
    }

    /** A word that names a disease itself or heads its name: "psoriasis", "myeloma", "syndrome". */
    private boolean isDiseaseWord(String lemma) {
        return isSuffixDisease(lemma) || isCancerWord(lemma) || cues.is(Category.DISEASE_WORD, lemma)
                || cues.is(Category.DISEASE_HEAD, lemma) || cues.is(Category.CANCER_HEAD, lemma);
    }

    private boolean isCancerWord(String lemma) {
        return cues.endsWithAny(Category.CANCER_SUFFIX, lemma) || cues.is(Category.CANCER_SUFFIX, lemma);
    }

    private void disease(Sentence s, int head, String lemma, List<Mention> out) {
        boolean cancer = cues.is(Category.CANCER_HEAD, lemma);
        EntityType type = cancer ? EntityType.CANCER : EntityType.DISEASE;
        String headName = lemma.equals("tumour") ? "tumor" : lemma;
        if (isEponym(s, head)) {
            // "Crohn's disease", "Hodgkin's lymphoma": the discoverer's name and the head are one disease
            String name = s.token(head - 2).text() + s.token(head - 1).text() + " " + headName; // "Graves' disease"
            out.add(MentionRecognizer.mention(s, head - 2, head + 1, type, name, null, 0.85, "phrase", false));
            return;
        }
        if (lemma.equals("metastasis") && head > 0 && cues.is(Category.CANCER_HEAD,
                org.litkg.analysis.Lemmatizer.singular(s.lower(head - 1)))) {
            return; // "colorectal cancer metastases" are that cancer, which its own name names
        }
        if (isCompoundModifier(s, head) || DiseaseClassNouns.classesNamedDisease(s, head, this::isDiseaseModifier,
                this::isDiseaseWord)) { // or "the skin disease hidradenitis suppurativa": the class of the disease after it
            return; // "tumour-resident dendritic cells", "cancer-associated fibroblasts": the word modifies another noun
        }
        if (head > 0 && s.token(head).isCapitalised() && head + 1 < s.size()
                && cues.is(Category.ORG_HEAD, s.token(head + 1).text())) {
            return; // "Roy Herbst, Yale Cancer Center": the organisation's name, and no list of cancers before it
        }
        int from = modifiersStart(s, head, this::isDiseaseModifier);
        int eponyms = eponymBefore(s, head);
        from = eponyms >= 0 && from >= head - 1 ? eponyms : from; // "Bardet-Biedl syndrome", cut at its hyphen
        while (from < head && from >= 2 && isCompoundModifier(s, from - 2)) {
            from -= 2; // "small-cell lung cancer", "non-small-cell lung cancer", cut by the tokenizer at each hyphen
        }
        String compoundEnd = s.lower(from - 1);
        boolean participle = compoundEnd.endsWith("ed") || compoundEnd.endsWith("ing"); // "cisplatin-induced": an agent
        if (from >= 3 && isCompoundModifier(s, from - 3) && !LINK_WORDS.contains(s.lower(from - 3)) && !participle) {
            from -= 3; // "triple-negative breast cancer": the compound as a whole modifies the cancer
        }
        from = DiseaseClassNouns.afterClassNoun(s, withNamingCompound(s, from), head);
        if (from + 1 < head && s.lower(from).equals("stage") && STAGE_NUMBER.matcher(s.token(from + 1).text()).matches()) {
            from += 2; // "stage IV colorectal cancer": how far the cancer has spread, not its name ("end-stage" stays)
        } else if (from < head && s.lower(from - 1).equals("stage") && STAGE_NUMBER.matcher(s.token(from).text()).matches()) {
            from++; // "stage III non-small cell lung cancer", where "stage" itself was no modifier
        }
        boolean subtype = head >= 2 && s.lower(head - 2).equals("type")
                && DiseaseSubtypes.NUMBER.matcher(s.lower(head - 1)).matches();
        if (from == head && subtype) {
            from = head - 2; // "type 1 diabetes"
        }
        List<Mention> sites = from == head && cancer ? CancerSites.after(s, head, headName, cues) : List.of();
        if (!sites.isEmpty()) {
            out.addAll(sites); // "cancers of the mouth and throat"
            return;
        }
        if (from == head && headName.equals("tumor") && s.lower(head - 1).equals("solid")) {
            // "advanced solid tumours", as trials enrol them: the class of cancers, which "solid" (no disease's
            // modifier elsewhere: "solid evidence") names
            out.add(MentionRecognizer.mention(s, head - 1, head + 1, type, SOLID_TUMOR, null, 0.8, "phrase", false));
            return;
        }
        if (from == head) {
            if (!cancer && (cues.is(Category.DISEASE_WORD, lemma) || isSuffixDisease(lemma))) {
                // "diabetes", and "colitis" alone as well as in "ulcerative colitis"
                int to = DiseaseSubtypes.end(s, head);
                out.add(MentionRecognizer.mention(s, head, to, type, DiseaseSubtypes.named(s, head, to, headName), null,
                        0.8, "phrase", false)); // "diabetes"
            } else if (cancer && !cues.is(Category.ANAPHORIC_CANCER_HEAD, lemma)) {
                out.add(MentionRecognizer.mention(s, head, head + 1, type, headName, null, 0.8, "phrase", false));
            } else if (cues.is(Category.ANAPHORIC_CANCER_HEAD, lemma)) {
                out.add(MentionRecognizer.mention(s, head, head + 1, EntityType.CANCER, headName, null, 0.6, "anaphor", true));
            }
            return;
        }
        if (isCapitalisedRun(s, from, head) && PublicationContext.isJournalSlot(s, from, cues)) {
            out.add(MentionRecognizer.mention(s, from, head + 1, EntityType.JOURNAL, s.textOf(from, head + 1), null, 0.75,
                    "name-journal", false)); // "published in Clinical Infectious Diseases": a journal named for its field
            return;
        }
        int to = cancer ? head + 1 : DiseaseSubtypes.end(s, head);
        // "KRAS G12C-mutant tumour cells" in a story on colorectal cancer are that cancer's cells, no cancer of their own
        boolean anaphoricHead = cancer && cues.is(Category.ANAPHORIC_CANCER_HEAD, lemma);
        boolean mutantCells = anaphoricHead && s.lower(head + 1).startsWith("cell")
                && TumourQualifiers.onlyMutationWords(s, from, head);
        // "patients whose primary tumours had high levels of CCR7": where the cancer began, not which cancer it is
        boolean anaphor = mutantCells || anaphoricHead && TumourQualifiers.onlySpreadWords(s, from, head);
        String name = DiseaseSubtypes.named(s, head, to, name(s, from, head, headName));
        out.add(MentionRecognizer.mention(s, from, to, type, name, null, anaphor ? 0.6 : 0.8,
                anaphor ? "anaphor" : "phrase", anaphor));
        coordinated(s, from, head, headName, type, this::isDiseaseModifier, out);
    }

    /** A stage in Roman numerals, perhaps with its letter: "III", "IIIB", "IV". */
    private static final java.util.regex.Pattern STAGE_NUMBER = java.util.regex.Pattern.compile("(I{1,3}|IV)[A-C]?");

    private static boolean isCapitalisedRun(Sentence s, int from, int head) {
        for (int k = from; k <= head; k++) {
            if (!s.token(k).isCapitalised()) {
                return false;
            }
        }
        return true;
    }

    /** An antibody class's, a virus's or a gene's symbol: "IgG4", "HIV", "EBV" (capitals, perhaps digits). */
    private static final java.util.regex.Pattern SYMBOL_SHAPE = java.util.regex.Pattern.compile("[A-Z][A-Za-z]?[A-Z][A-Z0-9]*");

    /** Participles that join a compound into a disease's name: "metabolic dysfunction-associated steatohepatitis". */
    private static final java.util.Set<String> NAMING_PARTICIPLES = java.util.Set.of("associated", "related");

    /** The start of a naming compound ("dysfunction-associated") before {@code from} and its modifiers; else from. */
    private int withNamingCompound(Sentence s, int from) {
        if (from >= 3 && NAMING_PARTICIPLES.contains(s.lower(from - 1)) && isCompoundModifier(s, from - 3)) {
            return modifiersStart(s, from - 3, this::isDiseaseModifier);
        }
        int participle = NAMING_PARTICIPLES.contains(s.lower(from)) ? from : from - 1; // taken as a modifier or not
        if (participle >= 2 && NAMING_PARTICIPLES.contains(s.lower(participle)) && s.isJoiningHyphen(participle - 1)
                && SYMBOL_SHAPE.matcher(s.token(participle - 2).text()).matches()) {
            return participle - 2; // "IgG4-related disease", "HIV-associated lymphoma": a symbol names the disease's kind
        }
        return from;
    }

    private boolean isEponym(Sentence s, int head) {
        // "When Tom Reilly's leukaemia came back": a given name before the possessive makes it a person's disease
        boolean givenName = head >= 4 && s.token(head - 3).isTitleCase() && !s.token(head - 4).isPunctuation();
        return MentionRecognizer.eponymBefore(s, head) && !cues.is(Category.NOT_A_NAME, s.token(head - 2).text())
                && !cues.is(Category.ORG_HEAD, s.token(head - 2).text()) && !givenName;
    }

    /** What makes cells of a lineage the cancer's: "malignant T cells", "leukaemic blasts". */
    private static final java.util.Set<String> MALIGNANT = java.util.Set.of("malignant", "neoplastic", "leukemic",
            "leukaemic", "cancerous");
    /** Words that number a subtype of cells before its name: "type 1 dendritic cells", "T helper 17 cells". */
    private static final java.util.Set<String> SUBTYPE_NOUNS = java.util.Set.of("type", "group", "helper");

    private void cell(Sentence s, int head, String lemma, List<Mention> out) {
        int from = modifiersStart(s, likenedStart(s, head, this::isCellModifier), this::isCellModifier);
        if (from >= 2 && SUBTYPE_NOUNS.contains(s.lower(from - 2))
                && DiseaseSubtypes.NUMBER.matcher(s.lower(from - 1)).matches()) {
            // "conventional type 1 dendritic cells", "group 2 innate lymphoid cells", "T helper 17 cells"
            from = modifiersStart(s, from - 2, this::isCellModifier);
        }
        int eponym = eponymBefore(s, head);
        if (from == head && eponym >= 0) {
            String name = s.textOf(eponym, head).replace(" - ", "-") + " " + lemma; // "Reed-Sternberg cells", "Schwann cells"
            out.add(MentionRecognizer.mention(s, eponym, head + 1, EntityType.CELL_TYPE, name, null, 0.75, "phrase", false));
            return;
        }
        if (from == head) {
            // "cancer cells", "tumor cells": the cells of the tumour in focus; "mobilised blasts": the leukaemia's
            boolean tumourCells = cues.is(Category.TUMOR_CELL_MODIFIER, s.lower(head - 1));
            if (tumourCells || lemma.equals("blast")) {
                out.add(MentionRecognizer.mention(s, tumourCells ? head - 1 : head, head + 1, EntityType.CANCER,
                        tumourCells ? s.lower(head - 1) : lemma, null, 0.6, "anaphor", true));
            }
            return;
        }
        if (from >= 1 && MALIGNANT.contains(s.lower(from - 1))) {
            from--; // "the malignant T cells", "leukaemic B cells": the cancer's cells of a lineage, not all T cells
        }
        // "the insulin-making beta cells" are beta cells: what they make is in the mention but not in their name
        int named = isProducer(s, from - 1) ? from : -1;
        if (from >= 3 && isCompoundModifier(s, from - 3) && !LINK_WORDS.contains(s.lower(from - 3))) {
            from -= 3; // "tumour-resident dendritic cells", cut by the tokenizer
        } else if (from >= 2 && from < head && isCompoundModifier(s, from - 2)
                && !LINK_WORDS.contains(s.lower(from - 2))) {
            from -= 2; // "tissue-resident memory T cells", its second word a cell modifier of its own
        } else if (from >= 1 && isHyphenedAt(s, from - 1)) {
            from -= 1; // "tumour-infiltrating T cells", left whole by the tokenizer
        }
        while (from < head - 1 && cues.is(Category.GENERIC_CELL_MODIFIER, s.lower(from))) {
            from++;
        }
        String name = name(s, Math.max(from, named), head, lemma);
        out.add(MentionRecognizer.mention(s, from, head + 1, EntityType.CELL_TYPE, name, null, 0.85, "phrase", false));
    }

    /**
     * "macrophages", "tumour-resident macrophages", "sensory neurons", "osteoclast precursors": a word that is
     * a cell type alone, with a compound or lineage modifier before it or the precursors it names after it.
     */
    private void cellWord(Sentence s, int i, String lemma, List<Mention> out) {
        int named = isProducer(s, i - 1) ? i : -1; // "antibody-secreting neurons" are neurons
        int from = i >= 3 && isCompoundModifier(s, i - 3) ? i - 3
                : i >= 1 && isHyphenedAt(s, i - 1) ? i - 1 : i;
        while (from > 0 && i - from < 2 && (from == i || cues.is(Category.LINEAGE_MODIFIER, s.lower(from)))
                && (cues.is(Category.LINEAGE_MODIFIER, s.lower(from - 1))
                || from == i && lemma.equals("neuron") && MARKER.matcher(s.token(i - 1).text()).matches())) {
            from--; // "sensory neurons", "cerebellar granule neurons"; "KNDy neurons": named by the peptides they make
        }
        String next = Lemmatizer.singular(s.lower(i + 1));
        boolean precursor = (next.equals("precursor") || next.equals("progenitor"))
                && !Lemmatizer.singular(s.lower(i + 2)).equals("cell"); // "oligodendrocyte precursor cells" has its own head
        int to = precursor ? i + 2 : i + 1;
        int nameFrom = Math.max(from, named);
        String name = precursor ? name(s, nameFrom, i + 1, next) : name(s, nameFrom, i, lemma);
        out.add(MentionRecognizer.mention(s, from, to, EntityType.CELL_TYPE, name, null, 0.85, "phrase", false));
    }

    /**
     * The first token of two discoverers' names right before "cells", "Reed-Sternberg", as the tokenizer cuts it at
     * its hyphen; -1 if none. (Single names, "Schwann cells", are cell modifiers in the cue list.)
     */
    private static int eponymBefore(Sentence s, int head) {
        boolean pair = head >= 3 && s.isJoiningHyphen(head - 2) && isEponymWord(s.token(head - 1))
                && isEponymWord(s.token(head - 3));
        return pair ? head - 3 : -1;
    }

    private static boolean isEponymWord(org.litkg.analysis.Token t) {
        return t.text().length() >= 4 && t.isTitleCase();
    }

    private void tissue(Sentence s, int head, String lemma, List<Mention> out) {
        int from = modifiersStart(s, head, w -> cues.is(Category.TISSUE_MODIFIER, w.lower()));
        if (from == head && !cues.is(Category.TISSUE_WORD, lemma)) {
            return;
        }
        out.add(MentionRecognizer.mention(s, from, head + 1, EntityType.TISSUE, name(s, from, head, lemma), null, 0.8,
                "phrase", false));
    }

    /** The first token of the run of acceptable modifiers ending just before the head. */
    private int modifiersStart(Sentence s, int head, Predicate<Token> accept) {
        int from = head; // "The antibody calmed colitis": a verb after its subject's noun modifies nothing after it
        while (from > 0 && head - from < MAX_MODIFIERS && accept.test(s.token(from - 1))
                && !PastTenseVerbs.afterSubject(s, from - 1, cues)) {
            from--;
        }
        return from;
    }

    /** "Ovarian and breast tumors": a mention for each modifier coordinated before the first one. */
    private void coordinated(Sentence s, int from, int head, String headName, EntityType type, Predicate<Token> accept,
                             List<Mention> out) {
        int k = from - 1;
        boolean first = true;
        while (k > 0) {
            boolean joint = s.lower(k).equals("and") || s.lower(k).equals("or");
            if (!joint && !(s.lower(k).equals(",") && !first)) {
                break; // a list ends in "and" or "or": in "Chair, Desmoid Tumor Working Group" the comma joins nothing
            }
            int m = joint && s.lower(k - 1).equals(",") ? k - 2 : k - 1; // "ovarian, breast, and lung tumors"
            if (m < 0 || !accept.test(s.token(m)) || cues.is(Category.ORG_HEAD, s.token(m).text())) {
                break; // "the Medical Research Council and Lung Cancer Wales": an organisation's name ends there
            }
            String named = s.lower(m) + " " + CancerHeads.asWritten(s, head, headName); // "ovarian tumour"
            out.add(MentionRecognizer.mention(s, m, m + 1, type, named, null, 0.7,
                    "phrase-coordination", false));
            k = m - 1;
            first = false;
        }
    }

    /** Participles that are part of a disease's name, not a stage or a treatment: "generalized pustular psoriasis". */
    private static final java.util.Set<String> NAME_PARTICIPLES = java.util.Set.of("generalized", "generalised",
            "disseminated", "inherited", "acquired");

    /** Words the tagger may call adjectives or nouns that modify no disease: "regulatory T cells inside tumours". */
    private static final java.util.Set<String> NO_DISEASE_MODIFIERS = java.util.Set.of("inside", "within", "outside",
            "around", "near", "beyond"); // but "squamous cell carcinoma", "giant cell tumour": cells do

    private boolean isDiseaseModifier(Token t) {
        String w = t.lower();
        if (NAME_PARTICIPLES.contains(w)) {
            return true;
        }
        boolean gerund = w.endsWith("ing") && !t.isCapitalised(); // an unknown verb's, but not a name's: "Ewing sarcoma"
        if (cues.is(Category.STOP_MODIFIER, w) || isVerbForm.test(w) || !isWordLike(t.text()) || gerund
                || cues.isInnShaped(w) || NO_DISEASE_MODIFIERS.contains(w)) {
            return false; // "with pembrolizumab shrank tumours": a drug name modifies no disease
        }
        if (t.text().length() >= 2 && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))
                && Character.isLetter(t.text().charAt(0))) {
            return true; // an acronym: WHIM syndrome
        }
        // an organ the tagger calls a verb after a headline's colon: "Study in Nature Medicine: lung tumours release"
        return t.pos().equals("ADJ") || t.pos().equals("NOUN") || t.pos().equals("PROPN") || looksAdjectival(w)
                || cues.is(Category.CANCER_SITE, w)
                || t.isCapitalised() && w.endsWith("ing") // a name the tagger calls a verb: "Ewing" in "Ewing sarcoma"
                || LOWER_COMPOUND.matcher(w).matches() && !w.endsWith("ed"); // "graft-versus-host", tagged punctuation
    }

    /** A marker's symbol in mixed case, two capitals at least: "KNDy", "AgRP", "POMC", "GnRH". */
    private static final java.util.regex.Pattern MARKER =
            java.util.regex.Pattern.compile("(?=(?:.*[A-Z]){2})[A-Z][A-Za-z0-9]{1,5}");

    /** Lower-case words the tokenizer kept joined by hyphens: "graft-versus-host", "hand-foot-and-mouth". */
    private static final java.util.regex.Pattern LOWER_COMPOUND = java.util.regex.Pattern.compile("[a-z]{2,}(-[a-z]{2,})+");

    private boolean isCellModifier(Token t) {
        String w = t.lower();
        if (cues.is(Category.CELL_MODIFIER, w) || cues.isCellWord(w) || w.matches("[αβγδ]{2}")) {
            return true; // "oligodendrocyte precursor cells": a cell word names the lineage; "γδ T cells" its receptor's chains
        }
        if (cues.is(Category.STOP_MODIFIER, w) || cues.is(Category.TUMOR_CELL_MODIFIER, w) || isVerbForm.test(w)) {
            return false;
        }
        return looksAdjectival(w) && t.pos().equals("ADJ");
    }

    static boolean looksAdjectival(String w) { // by its ending; NameRuns asks of "Tropical" in "Tropical Medicine" too
        return w.length() >= 4 && (w.endsWith("ic") || w.endsWith("al") || w.endsWith("ar") || w.endsWith("ary")
                || w.endsWith("ous") || w.endsWith("ian") || w.endsWith("ory") || w.endsWith("ive") || w.endsWith("oid"));
    }

    private static boolean isWordLike(String w) {
        return !w.isEmpty() && Character.isLetter(w.charAt(0)) && w.chars().allMatch(c -> Character.isLetterOrDigit(c)
                || c == '-' || c == '+' || c == '\'');
    }

    private static String name(Sentence s, int from, int head, String headName) {
        List<String> words = new ArrayList<>();
        for (int k = from; k < head; k++) {
            String w = s.token(k).text();
            boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
            words.add(acronym || (w.length() == 1 && Character.isUpperCase(w.charAt(0))) ? w : w.toLowerCase(java.util.Locale.ROOT));
        }
        words.add(headName);
        return String.join(" ", words).replace(" - ", "-");
    }
}
