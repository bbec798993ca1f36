package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;

/**
 * Names recognised by their shape alone, whether or not any lexicon lists them: chemokines
 * (CXCL12, CCL2, CX3CL1) and their receptors (CXCR4, CCR5, CX3CR1), other receptor and gene
 * symbols (EGFR, TLR4, TP53), drug code names (AMD3100, BL-8040, X4P-001, PF-04136309), drugs
 * with an international non-proprietary name stem (-mab, -nib, -afor, -viroc, ...), trial
 * registry numbers, and antibody phrases ("anti-PD-L1 antibody").
 */
public final class ShapeRecognizer implements MentionRecognizer {

    private static final Pattern CHEMOKINE = Pattern.compile("(CXCL|CCL|XCL|CX3CL)\\d{1,2}");
    private static final Pattern CHEMOKINE_RECEPTOR = Pattern.compile("(CXCR|CCR|XCR|CX3CR|ACKR)\\d{1,2}");
    private static final Pattern RECEPTOR_SYMBOL = Pattern.compile("[A-Z][A-Z0-9]{1,6}R\\d{0,2}");
    private static final Pattern GENE_SYMBOL = Pattern.compile("[A-Z][A-Z0-9]{1,6}(-\\d{1,2})?\\+?");
    private static final Pattern DRUG_CODE =
            Pattern.compile("[A-Z]{1,5}-?\\d{3,7}[A-Z]?(-[A-Z]{1,2}\\d?|-\\d{2,5})?|[A-Z][A-Z0-9]{1,4}-\\d{3,7}");
    /** A symbol with a locant: 5-HT3, 5-HT1A, 5-LOX, 12-LOX. */
    private static final Pattern LOCANT_SYMBOL = Pattern.compile("\\d{1,2}-[A-Z]{2,5}\\d{0,2}[A-Z]?");
    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");
    /** An amino-acid substitution (V600E, T790M, G12C) names a mutation: neither a drug code nor a gene. */
    private static final Pattern SUBSTITUTION = Pattern.compile("[ACDEFGHIKLMNPQRSTVWY]\\d{1,4}[ACDEFGHIKLMNPQRSTVWY]");
    private static final Pattern TRIAL_ID = Pattern.compile("NCT\\d{8}");
    private static final Pattern SYMBOL_LETTERS = Pattern.compile("[A-Z]{3,6}");
    private static final Set<String> TARGETING_VERBS = Set.of("block", "inhibit", "target", "antagonize", "antagonise");
    private static final Pattern INN_WORD = Pattern.compile("[A-Za-z][a-z]{4,}");
    /** Acronyms shaped like symbols that are not genes or receptors. */
    private static final Set<String> NOT_SYMBOLS = Set.of("PCR", "CAR", "IQR", "FDR", "USR", "MRI", "COVID-19",
            "SARS-COV-2", "H1N1", "H5N1", "G7", "G20", "MP3", "CO2", "O2", "H2O", "MP4", "A1", "B12", "D3", "4K",
            "HR", "OR", "ER", "PR", "STAR", "PEER", "USER");

    private final Cues cues;

    public ShapeRecognizer(Cues cues) {
        this.cues = cues;
    }

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            String w = t.text();
            if (NOT_SYMBOLS.contains(w.toUpperCase(java.util.Locale.ROOT)) || SUBSTITUTION.matcher(w).matches()
                    || cues.is(Cues.Category.CELL_LINE, t.lower())) {
                continue;
            }
            if (isSpacedCode(s, i)) {
                out.add(MentionRecognizer.mention(s, i, i + 2, EntityType.DRUG, w + " " + s.token(i + 1).text(), null, 0.7,
                        "shape", false)); // "AMG 487", "BMS 986016": a company prefix and a number, apart
                continue;
            }
            if (CHEMOKINE.matcher(w).matches()) {
                add(s, i, EntityType.CHEMOKINE, w, 0.9, out);
            } else if (CHEMOKINE_RECEPTOR.matcher(w).matches()) {
                add(s, i, EntityType.RECEPTOR, w, 0.9, out);
            } else if (TRIAL_ID.matcher(w).matches()) {
                add(s, i, EntityType.CLINICAL_TRIAL, w, 0.95, out);
            } else if (DRUG_CODE.matcher(w).matches() && THREE_DIGITS.matcher(w).find()) {
                add(s, i, EntityType.DRUG, w, 0.75, out);
            } else if (LOCANT_SYMBOL.matcher(w).matches()) {
                add(s, i, EntityType.PROTEIN, w, 0.6, out);
            } else if (RECEPTOR_SYMBOL.matcher(w).matches() && w.length() >= 3) {
                add(s, i, EntityType.RECEPTOR, w, 0.6, out);
            } else if (isGeneSymbol(w)) {
                add(s, i, EntityType.PROTEIN, w, 0.55, out);
            } else if (isTargetInContext(s, i)) {
                add(s, i, EntityType.PROTEIN, w, 0.6, out);
            } else if (isInn(t)) {
                add(s, i, EntityType.DRUG, t.lower(), 0.8, out);
            } else if (t.lower().startsWith("anti-") && w.length() > 5 && s.lower(i + 1).startsWith("antibod")) {
                String target = w.substring(5);
                out.add(MentionRecognizer.mention(s, i, i + 2, EntityType.DRUG, "anti-" + target + " antibody", null,
                        0.8, "shape", false));
            }
        }
    }

    private static final Pattern CODE_LETTERS = Pattern.compile("[A-Z]{2,5}");
    private static final Pattern CODE_DIGITS = Pattern.compile("\\d{3,7}");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private static boolean isSpacedCode(Sentence s, int i) {
        if (i + 1 >= s.size()) {
            return false;
        }
        Token letters = s.token(i);
        Token digits = s.token(i + 1);
        return CODE_LETTERS.matcher(letters.text()).matches() && CODE_DIGITS.matcher(digits.text()).matches()
                && !YEAR.matcher(digits.text()).matches() && digits.span().start() == letters.span().end() + 1
                && !TRIAL_ID.matcher(letters.text() + digits.text()).matches();
    }

    /** Upper-case symbol with at least two letters and a digit: TP53, CD8, IL-6, PD-1, CTLA-4. */
    private static boolean isGeneSymbol(String w) {
        return GENE_SYMBOL.matcher(w).matches() && w.chars().filter(Character::isUpperCase).count() >= 2
                && w.chars().anyMatch(Character::isDigit);
    }

    /**
     * A letters-only symbol (PARP, VEGF, BTK) is a protein where the context says it is a drug
     * target: "the PARP inhibitor", "a VEGF blocker", "blocks VEGF", "inhibits BTK".
     */
    private boolean isTargetInContext(Sentence s, int i) {
        String w = s.token(i).text();
        if (!SYMBOL_LETTERS.matcher(w).matches()) {
            return false;
        }
        String next = org.litkg.analysis.Lemmatizer.singular(s.lower(i + 1));
        String previousLemma = i > 0 ? s.token(i - 1).lemma() : "";
        return (cues.is(Cues.Category.DRUG_CLASS_HEAD, next) && !next.equals("agonist")) || TARGETING_VERBS.contains(previousLemma);
    }

    private boolean isInn(Token t) {
        String lower = t.lower();
        return INN_WORD.matcher(t.text()).matches()
                && cues.endsWithAny(Cues.Category.INN_STEM, lower)
                && !cues.is(Cues.Category.INN_EXCEPTION, lower);
    }

    private static void add(Sentence s, int i, EntityType type, String name, double confidence, List<Mention> out) {
        out.add(MentionRecognizer.mention(s, i, i + 1, type, name, null, confidence, "shape", false));
    }
}
