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
    private static final Pattern CHEMOKINE_RECEPTOR = Pattern.compile("(CXCR|CCR|CCRL|XCR|CX3CR|ACKR)\\d{1,2}");
    /** An adrenoceptor written short, with its subtype: "beta1AR", "beta2-AR", "α2AAR", "alpha1-ARs". */
    private static final Pattern ADRENOCEPTOR_SHORT = Pattern.compile("(alpha|beta|α|β)-?[1-3][A-D]?-?ARs?");
    /**
     * A receptor symbol, with perhaps its ligand's number or its chain's Greek letter (TLR4, CSF-1R, BAFF-R, OSMRβ), or a
     * G protein-coupled receptor's symbol (GPR35, GPRC5D).
     */
    private static final Pattern RECEPTOR_SYMBOL =
            Pattern.compile("[A-Z][A-Z0-9]{1,6}(-\\d{1,2})?-?R\\d{0,2}[αβγ]?|GPRC?\\d{1,3}[A-Z]?");
    /** A gene's symbol and a splice isoform's letter: "FGFR2b", "FGFR3c". */
    private static final Pattern SPLICE_ISOFORM = Pattern.compile("[A-Z]{2,5}\\d[abc]");
    /** A cytokine receptor chain: IL-6R, IL-31RA, IL-4Rα (IL-4Ra, with no Greek), IL-13Rα1, or two: IL-2Rβγ. */
    private static final Pattern CYTOKINE_RECEPTOR = Pattern.compile("IL-?\\d{1,2}R([ABab]|[αβγ]{1,2}|alpha|beta|gamma)?\\d?");
    /** Adhesion proteins named by a letter and their family: E-selectin, P-selectin, N-cadherin. */
    private static final Pattern ADHESION_PROTEIN = Pattern.compile("[A-Z]-(selectin|cadherin)");
    /**
     * A protein named with a Greek letter: amyloid-beta, integrin-alpha, TGF-beta, TNFα, IL-1β, HIF-1α. A longer
     * symbol needs the hyphen, since SIRPα and OSMRβ are receptors that their context types; "beta-gamma" (as in
     * "the receptor beta-gamma chain") names two chains, not a protein.
     */
    private static final Pattern GREEK_SUFFIXED =
            Pattern.compile("(?!(alpha|beta|gamma|delta|kappa)-)[a-z]{4,}-(alpha|beta|gamma|delta|kappa|[αβγδκ])"
                    + "|[A-Z]{2,3}(-\\d{1,2})?-?(alpha|beta|gamma|[αβγ])\\d?"
                    + "|[A-Z]{4,5}(-\\d{1,2})?-(alpha|beta|gamma|[αβγ])\\d?");
    private static final Pattern GENE_SYMBOL = Pattern.compile("[A-Z][A-Z0-9]{1,6}(-\\d{1,2})?\\+?|[A-Z]{3,5}-[A-Z]\\d{1,2}"
            + "|[A-Z]{2,3}-[A-Z]{2,5}-\\d{1,2}|[A-Z]{1,3}[a-z][A-Z]{3,5}-\\d{1,2}"); // "MAGE-A4", "NY-ESO-1", "MAdCAM-1"
    /** A drug's code name: "AL002", "VG-3927", "BMS-813160", Pfizer's "PF-04136309", and two numbers: "KT-14-3". */
    static final Pattern DRUG_CODE = Pattern.compile("[A-Z]{1,5}-?\\d{3,7}[A-Z]?(-[A-Z]{1,2}\\d?|-\\d{2,5})?"
            + "|[A-Z][A-Z0-9]{1,4}-\\d{3,7}|[A-Z]{2,5}-\\d{8}|[A-Z]{2,5}-\\d{1,3}-\\d{1,3}");
    /**
     * A trial's acronym of five capitals or more and its number: "TACTI-003", "KOMET-007", "AGAVE-201". A drug's code
     * opens with four letters at most ("ABBV-383", "TSR-042"), so the shape tells them apart; a run of bases ("CAGCTG-3",
     * a primer's 3' end) is no trial.
     */
    private static final Pattern NUMBERED_TRIAL = Pattern.compile("(?![ACGTU]+-)[A-Z]{5,}-\\d{1,3}");
    /** A symbol with a locant: 5-HT3, 5-HT1A, 5-LOX, 12-LOX. */
    private static final Pattern LOCANT_SYMBOL = Pattern.compile("\\d{1,2}-[A-Z]{2,5}\\d{0,2}[A-Z]?");
    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");
    /** An amino-acid substitution (V600E, T790M, G12C) names a mutation: neither a drug code nor a gene. */
    private static final Pattern SUBSTITUTION = Pattern.compile("[ACDEFGHIKLMNPQRSTVWY]\\d{1,4}[ACDEFGHIKLMNPQRSTVWY]");
    /** A receptor subtype shaped like a substitution: D2R, H1R, A1R (one digit, then R). */
    private static final Pattern RECEPTOR_SUBTYPE = Pattern.compile("[A-Z]\\dR");
    static final Pattern TRIAL_ID = Pattern.compile("NCT\\d{8}");
    /** A voltage-gated or other ion channel in its own nomenclature: NaV1.8, Nav1.7, Kv1.3, Cav2.2, KCa3.1, Kir6.2. */
    private static final Pattern ION_CHANNEL = Pattern.compile("(Na|Ca|K)[vV]\\d\\.\\d{1,2}|K(ir|Ca)\\d\\.\\d{1,2}");
    static final Pattern SYMBOL_LETTERS = Pattern.compile("[A-Z]{3,6}");
    /** Cytokines named in words with their number or Greek letter: interleukin-17, interferon-gamma, IFN-γ. */
    private static final Pattern CYTOKINE_WORD =
            Pattern.compile("(?i)(interleukin|interferon|IFN|IL)-?(\\d{1,2}[a-zα-ω]?|alpha|beta|gamma|lambda|[αβγλ])");
    private static final Pattern CD_MARKER = Pattern.compile("CD\\d{1,3}[a-z]?");
    /** A protein or glycoprotein named by its mass in kilodaltons: p53, p21, p24, gp100, gp120. */
    private static final Pattern MASS_NAMED = Pattern.compile("g?p\\d{2,3}");
    /** A complement protein's fragment: C3a, C3b, C5a, C5b. */
    private static final Pattern COMPLEMENT_FRAGMENT = Pattern.compile("C[1-9][ab]");
    /** A symbol in mixed case or with a Greek letter, which only its context shows to be a protein: C5a, C5aR1, SIRPα. */
    private static final Pattern MIXED_SYMBOL = Pattern.compile("[A-Z][A-Za-z0-9α-ω]{1,7}");
    private static final Pattern STYLED_SYMBOL = Pattern.compile("[A-Z][a-z]{0,2}[A-Z][A-Za-z]{0,3}");
    /** A lower-case name with a number, which only an apposed protein noun shows to be a protein: aquaporin-4. */
    static final Pattern NUMBERED_WORD = Pattern.compile("[a-z]{4,}-\\d{1,2}");
    static final Pattern RECEPTOR_ENDING = Pattern.compile("R\\d?$");
    /** Nouns after a symbol of capitals that make it a gene's or protein's: "ALK gene", "ALK kinase", "BET protein". */
    private static final Set<String> GENE_NOUNS = Set.of("gene", "kinase", "protein");
    /**
     * The second word of an antibody-drug conjugate's name: vedotin, deruxtecan, govitecan, emtansine, ozogamicin,
     * talirine, ecteribulin, duocarmazine.
     */
    private static final Pattern ADC_PAYLOAD =
            Pattern.compile("[a-z]*(dotin|tecan|tansine|micin|irine|tiuxetan|dotox|ibulin|carmazine)");
    /** An antibody's INN ending, the 2022 stems among them: -tug unmodified, -bart engineered, -mig multispecific. */
    private static final Pattern ANTIBODY_ENDING = Pattern.compile("[a-z]{4,}(mab|tug|bart|mig)");
    /** The second word of a gene therapy's name, for its vector: "onasemnogene abeparvovec". */
    private static final Pattern GENE_VECTOR = Pattern.compile("[a-z]{3,}vec");
    private static final Pattern FDA_SUFFIXED = Pattern.compile("[a-z]{5,}-[a-z]{4}");
    /** An INN, perhaps after a short formulation prefix: "nab-paclitaxel". */
    private static final Pattern INN_WORD = Pattern.compile("([a-z]{2,4}-)?[A-Za-z][a-z]{4,}");
    /** Acronyms shaped like symbols that are not genes or receptors. */
    private static final Set<String> NOT_SYMBOLS = Set.of("PCR", "CAR", "IQR", "FDR", "USR", "MRI", "COVID-19",
            "SARS-COV-2", "H1N1", "H5N1", "G7", "G20", "MP3", "CO2", "O2", "H2O", "MP4", "A1", "B12", "D3", "4K",
            "HR", "OR", "ER", "PR", "STAR", "PEER", "USER", "DNA", "RNA", "MRNA", "CDNA", "SIRNA", "DSDNA",
            "ROS", // reactive oxygen species: "a ROS inhibitor" is a scavenger of no protein
            "BSL-2", "BSL-3", "BSL-4", "ABSL-3", "ABSL-4", // biosafety levels: "removal from BSL-4"
            "IC50", "EC50", "ED50", "LD50", "ID50", "GI50", "CC50", "TD50"); // potencies: "(IC50 78 uM)"

    private final Cues cues;

    public ShapeRecognizer(Cues cues) {
        this.cues = cues;
    }

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        int speakerLabelEnd = org.litkg.analysis.SpeakerLabels.colon(s.tokens()); // "ANCHOR:", "DR. OKAFOR:", not "CXCR4:"
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            String w = t.text();
            if (NOT_SYMBOLS.contains(w.toUpperCase(java.util.Locale.ROOT)) || isAminoAcidSubstitution(w)
                    || Residues.isResidue(s, i)
                    || cues.is(Cues.Category.CELL_LINE, t.lower()) || i < speakerLabelEnd || SpacedCodes.isPostcode(s, i)
                    || SpacedCodes.isInPhoneNumber(s, i) || SpacedCodes.isDatedRecord(s, i)) {
                continue;
            }
            EntityType named = CountedReceptors.isListItem(s, i) ? EntityType.RECEPTOR : namedByProteinNoun(s, i);
            if (named != null) {
                boolean greek = isSymbolWithGreekLetter(s, i); // "the enzyme PI3K-gamma": the letter is the name's
                out.add(MentionRecognizer.mention(s, i, greek ? i + 3 : i + 1, named, greek ? w + "-" + s.lower(i + 2) : w,
                        null, 0.8, "context-protein", false));
                i += greek ? 2 : 0;
                continue;
            }
            int alfa = BiologicalNames.end(s, i, this::isInn);
            if (alfa > 0) {
                int from = s.lower(i - 1).equals("pegylated") ? i - 1 : i; // "pegylated interferon alfa" is its own drug
                String name = s.textOf(from, alfa).toLowerCase(java.util.Locale.ROOT); // "bintrafusp alfa", "epoetin alfa"
                out.add(MentionRecognizer.mention(s, from, alfa, EntityType.DRUG, name, null, 0.8, "shape", false));
                i = alfa - 1;
                continue;
            }
            if (BiologicalNames.isCellTherapyShortName(w)) { // "obe-cel", "cilta-cel", "afami-cel"
                out.add(MentionRecognizer.mention(s, i, i + 1, EntityType.DRUG, t.lower(), null, 0.75, "shape", false));
                continue;
            }
            Mention acid = WordShapedNames.icAcid(s, i);
            if (acid != null) {
                out.add(acid); // "ursodeoxycholic acid", "zoledronic acid": a drug named as an acid
                i = acid.to() - 1;
                continue;
            }
            if (isSymbolWithGreekLetter(s, i)) {
                String name = w + "-" + s.lower(i + 2); // "PPAR-delta", "PI3K-alpha", cut by the tokenizer at the hyphen
                EntityType type = RECEPTOR_ENDING.matcher(w).find() ? EntityType.RECEPTOR : EntityType.PROTEIN;
                out.add(MentionRecognizer.mention(s, i, i + 3, type, name, null, 0.75, "shape", false));
                i += 2;
                continue;
            }
            InterferonNames.Found interferon = InterferonNames.at(s, i);
            if (interferon != null) {
                out.add(MentionRecognizer.mention(s, i, interferon.end(), interferon.type(), interferon.name(), null, 0.7,
                        "shape", false));
                i = interferon.end() - 1;
                continue;
            }
            if (TargetSymbols.sharesReceptorHead(s, i)) {
                // "both the GIP and GLP-1 receptors": the first symbol names a receptor too, whatever a list calls GIP
                out.add(MentionRecognizer.mention(s, i, i + 1, EntityType.RECEPTOR, w + " receptor", null, 0.96,
                        "context-protein", false));
                continue;
            }
            if (SpacedCodes.at(s, i)) {
                out.add(MentionRecognizer.mention(s, i, i + 2, EntityType.DRUG, w + " " + s.token(i + 1).text(), null, 0.7,
                        "shape", false)); // "AMG 487", "BMS 986016": a company prefix and a number, apart
                continue;
            }
            if (CHEMOKINE.matcher(w).matches()) {
                add(s, i, EntityType.CHEMOKINE, w, 0.9, out);
            } else if (ION_CHANNEL.matcher(w).matches()) {
                add(s, i, EntityType.PROTEIN, w, 0.85, out);
            } else if (CHEMOKINE_RECEPTOR.matcher(w).matches() || ADRENOCEPTOR_SHORT.matcher(w).matches()) {
                add(s, i, EntityType.RECEPTOR, w, 0.9, out);
            } else if (CYTOKINE_RECEPTOR.matcher(w).matches()) {
                add(s, i, EntityType.RECEPTOR, w, 0.8, out);
            } else if (ADHESION_PROTEIN.matcher(w).matches() || GREEK_SUFFIXED.matcher(w).matches()) {
                add(s, i, EntityType.PROTEIN, w, 0.8, out);
            } else if (TRIAL_ID.matcher(w).matches()) {
                add(s, i, EntityType.CLINICAL_TRIAL, w, 0.95, out);
            } else if (NUMBERED_TRIAL.matcher(w).matches()) {
                add(s, i, EntityType.CLINICAL_TRIAL, w, 0.7, out);
            } else if (isSpacedCytokine(s, i)) {
                // "Interleukin 1β, released by monocytes": the number written apart from the word, as journals do
                String name = t.lower() + "-" + s.token(i + 1).text();
                out.add(MentionRecognizer.mention(s, i, i + 2, EntityType.PROTEIN, name, null, 0.7, "shape", false));
                i++;
            } else if (CYTOKINE_WORD.matcher(w).matches() && !s.lower(i + 1).startsWith("receptor")) { // not "IL-6 receptor"
                boolean words = t.lower().startsWith("inter"); // "Interleukin-17" and "interleukin-17" are one name; IL-5 stays
                if (GREEK_WORDS.contains(s.lower(i + 1)) && Character.isDigit(w.charAt(w.length() - 1))) {
                    // "interleukin-1 alpha", "IL-1 beta": the Greek letter written out names one of the family
                    String name = (words ? t.lower() : w) + " " + s.lower(i + 1);
                    out.add(MentionRecognizer.mention(s, i, i + 2, EntityType.PROTEIN, name, null, 0.7, "shape", false));
                } else {
                    add(s, i, EntityType.PROTEIN, words ? t.lower() : w, 0.7, out);
                }
            } else if (MASS_NAMED.matcher(w).matches() || COMPLEMENT_FRAGMENT.matcher(w).matches()) {
                add(s, i, EntityType.PROTEIN, w, 0.6, out);
            } else if (isClusterOfDifferentiation(w)) {
                add(s, i, EntityType.PROTEIN, w, 0.6, out); // CD155 is a cluster of differentiation, not a drug code
            } else if (DRUG_CODE.matcher(w).matches() && (THREE_DIGITS.matcher(w).find() || w.indexOf('-') != w.lastIndexOf('-'))) {
                add(s, i, EntityType.DRUG, w, 0.75, out);
            } else if (LOCANT_SYMBOL.matcher(w).matches()) {
                add(s, i, EntityType.PROTEIN, w, 0.6, out);
            } else if (RECEPTOR_SYMBOL.matcher(w).matches() && w.length() >= 3
                    && !CapitalsLines.isWordShapedLikeSymbol(s, i)) { // not a heading's "YOUR"
                add(s, i, EntityType.RECEPTOR, w, 0.6, out);
            } else if (SPLICE_ISOFORM.matcher(w).matches()) { // "FGFR2c", the receptor's splice isoform, is a receptor too
                String gene = w.substring(0, w.length() - 1);
                add(s, i, RECEPTOR_SYMBOL.matcher(gene).matches() ? EntityType.RECEPTOR : EntityType.PROTEIN, w, 0.6, out);
            } else if (WordShapedNames.isNumberedProteinWord(w)) {
                add(s, i, EntityType.PROTEIN, t.lower(), 0.6, out); // "endothelin-1", "galectin-3", "angiopoietin-2"
            } else if (isTrialAcronym(w)) {
                add(s, i, EntityType.CLINICAL_TRIAL, w, 0.65, out); // "In AERIFY-1, itepekimab lowered ..."
            } else if (isGeneSymbol(w) && !SmallMolecules.shortFormAt(s, i)) { // "prostaglandin E2 (PGE2)" is no gene
                add(s, i, EntityType.PROTEIN, w, 0.55, out);
            } else if (PROTEIN_WORD.matcher(t.lower()).matches() && !s.lower(i + 1).startsWith("receptor")) {
                boolean member = i + 1 < s.size() && FAMILY_MEMBER.matcher(s.token(i + 1).text()).matches();
                int to = member ? i + 2 : i + 1; // "cyclophilin A": a family's member by its letter
                out.add(MentionRecognizer.mention(s, i, to, EntityType.PROTEIN, s.textOf(i, to), null, 0.6, "shape", false));
            } else if (isTargetInContext(s, i)) {
                // "mTOR" ends like a receptor's symbol, but its capital R is the rapamycin in its name
                boolean receptor = RECEPTOR_ENDING.matcher(w).find() && !TargetSymbols.isPrefixedSymbol(w);
                EntityType type = receptor ? EntityType.RECEPTOR : EntityType.PROTEIN;
                out.add(MentionRecognizer.mention(s, i, i + 1, type, w, null, 0.6, "context-protein", false));
            } else if (isInn(t) && ANTIBODY_ENDING.matcher(t.lower()).matches() && isConjugatedPart(s, i + 1)
                    || t.lower().endsWith("gene") && GENE_VECTOR.matcher(s.lower(i + 1)).matches()) {
                // "sacituzumab govitecan", "sigvotatug vedotin": an antibody and its payload; "maridebart cafraglutide":
                // an antibody and the peptides joined to it; "delandistrogene moxeparvovec": a gene and its vector
                String name = t.lower() + " " + s.lower(i + 1);
                out.add(MentionRecognizer.mention(s, i, i + 2, EntityType.DRUG, name, null, 0.85, "shape", false));
                i++;
            } else if (isInn(t) && s.isJoiningHyphen(i + 1) && i + 2 < s.size() && isInn(s.token(i + 2))) {
                // a fixed-dose pair sold as one product: "sulbactam-durlobactam", "ceftazidime-avibactam"
                String name = t.lower() + "-" + s.lower(i + 2);
                out.add(MentionRecognizer.mention(s, i, i + 3, EntityType.DRUG, name, null, 0.8, "shape", false));
                i += 2;
            } else if (isSuffixedBiologic(t.lower())) {
                add(s, i, EntityType.DRUG, t.lower().substring(0, t.lower().length() - 5), 0.8, out);
            } else if (isInn(t) && !(i > 0 && t.isCapitalised() && CoinedWords.isSurnameLike(t.lower()))) {
                add(s, i, EntityType.DRUG, t.lower(), 0.8, out);
            } else if (t.lower().startsWith("anti-") && w.length() > 5 && s.lower(i + 1).startsWith("antibod")
                    && DescribedAntibodies.namesNoOtherDrug(s, i, out, i + 2 < s.size() && isInn(s.token(i + 2)))) {
                out.add(MentionRecognizer.mention(s, i, i + 2, EntityType.DRUG, "anti-" + w.substring(5) + " antibody", null,
                        0.8, "shape", false));
            } else if (DescribedAntibodies.isBareAnti(s, i)) {
                add(s, i, EntityType.DRUG, w, 0.7, out); // "AMD3100 plus anti-PD-L1"
            }
        }
    }

    /** "G12C", "V600E": an amino-acid substitution, which names a mutation (but D2R, H1R are receptor subtypes). */
    public static boolean isAminoAcidSubstitution(String w) {
        return SUBSTITUTION.matcher(w).matches() && !RECEPTOR_SUBTYPE.matcher(w).matches();
    }

    private static final Pattern TRIAL_ACRONYM = Pattern.compile("([A-Z]{6,})-\\d{1,3}");

    /**
     * Six capitals or more and a number: "AERIFY-1", "LITESPARK-004", a trial's acronym (a gene symbol's letters are
     * fewer: "CTLA-4", "LAG-3"); not a DNA sequence's 3' end ("CAGCTG-3").
     */
    static boolean isTrialAcronym(String w) {
        java.util.regex.Matcher m = TRIAL_ACRONYM.matcher(w);
        return m.matches() && !m.group(1).chars().allMatch(c -> "ACGTU".indexOf(c) >= 0);
    }

    private static boolean isGeneSymbol(String w) {
        return isCapitalSymbol(w) && w.chars().anyMatch(Character::isDigit);
    }

    /** Capitals (two at least) and digits in a gene symbol's shape: TIGIT, CD155, IL-6. */
    static boolean isCapitalSymbol(String w) {
        return GENE_SYMBOL.matcher(w).matches() && w.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /**
     * A letters-only symbol (PARP, VEGF, BTK) is a protein where the context says it is a drug
     * target: "the PARP inhibitor", "a VEGF blocker", "blocks VEGF", "inhibits BTK".
     */
    private boolean isTargetInContext(Sentence s, int i) {
        String w = s.token(i).text();
        if (!SYMBOL_LETTERS.matcher(w).matches() && !isMixedSymbol(w) && !TargetSymbols.isPrefixedSymbol(w)) {
            return false;
        }
        String next = org.litkg.analysis.Lemmatizer.singular(s.lower(i + 1));
        String previousLemma = i > 0 ? s.token(i - 1).lemma() : "";
        boolean classHead = cues.is(Cues.Category.DRUG_CLASS_HEAD, next) && !next.equals("agonist");
        // "a rearranged ALK gene", "the ALK kinase", "BET proteins" (but not "the E873stop mutation")
        boolean geneNoun = GENE_NOUNS.contains(next) && SYMBOL_LETTERS.matcher(w).matches();
        // "did not inhibit HRAS or NRAS", "blocks PI3K and mTOR": a symbol listed after a blocking verb is a target too
        boolean listedTarget = i >= 2 && TargetSymbols.JOINING_WORDS.contains(s.lower(i - 1))
                && TargetSymbols.isListedAfterBlocking(s, i - 2);
        return classHead || ListAndTargetWords.BLOCKING_VERBS.contains(previousLemma) || geneNoun || listedTarget;
    }

    /** A cytokine's number or number and Greek letter, written as a word of its own: "1β", "17", "6". */
    private static final Pattern CYTOKINE_NUMBER = Pattern.compile("\\d{1,2}[α-ω]?");

    /** "interleukin 1β", "Interleukin 17": the word and its number apart, not the receptor ("interleukin 1 receptor"). */
    private static boolean isSpacedCytokine(Sentence s, int i) {
        String w = s.lower(i);
        return (w.equals("interleukin") || w.equals("interferon")) && CYTOKINE_NUMBER.matcher(s.lower(i + 1)).matches()
                && !s.lower(i + 2).startsWith("receptor");
    }

    /** C5a, C5aR1, SIRPα, TNFα: a capital, then a digit or Greek letter and lower case somewhere. */
    private static boolean isMixedSymbol(String w) {
        return MIXED_SYMBOL.matcher(w).matches() && w.chars().anyMatch(c -> Character.isLowerCase(c))
                && w.chars().anyMatch(c -> Character.isDigit(c) || c >= 'α' && c <= 'ω');
    }

    /**
     * "the protein CD155", "the complement fragment C5a", "its receptor, C5aR1", "TIGIT, an inhibitory
     * receptor": a symbol that a protein noun names (or that is apposed to one) is that kind of protein,
     * whatever its shape suggests. Null where no such noun is next to it.
     */
    private EntityType namedByProteinNoun(Sentence s, int i) {
        String w = s.token(i).text();
        boolean numberedWord = NUMBERED_WORD.matcher(w).matches(); // "aquaporin-4, a water channel": only in apposition
        boolean styled = STYLED_SYMBOL.matcher(w).matches() && w.chars().filter(Character::isUpperCase).count() >= 2
                && !w.matches("[IVX]+[a-z]?") && !w.matches(".*[A-Z]s"); // not "receptor IIa" (a subtype), "SNPs" (plural)
        if (!isMixedSymbol(w) && !isCapitalSymbol(w) && !numberedWord && !styled // "a protein called MuSK"
                || CHEMOKINE.matcher(w).matches() || CHEMOKINE_RECEPTOR.matcher(w).matches()) {
            return null;
        }
        int before = s.lower(i - 1).equals(",") || cues.is(Cues.Category.NAMING_WORD, s.lower(i - 1)) ? i - 2 : i - 1;
        if (s.lower(i - 1).equals(",") && s.lower(before).equals("surface") && s.lower(before - 2).equals("on")) {
            before -= 3; // "a receptor on their surface, CysLTR1"
        }
        String noun = before >= 0 ? org.litkg.analysis.Lemmatizer.singular(s.lower(before)) : "";
        if (before >= 0 && cues.is(Cues.Category.PROTEIN_NOUN, noun) && !s.token(before).isCapitalised() && !numberedWord) {
            return proteinOfNoun(noun);
        }
        if (!s.lower(i + 1).equals(",") || !(s.lower(i + 2).equals("a") || s.lower(i + 2).equals("an"))) {
            return null;
        }
        for (int k = i + 3; k < Math.min(s.size(), i + 6); k++) {
            String lemma = org.litkg.analysis.Lemmatizer.singular(s.lower(k));
            if (cues.is(Cues.Category.PROTEIN_NOUN, lemma)) {
                return proteinOfNoun(lemma);
            }
            if (!s.token(k).pos().equals("ADJ") && !s.token(k).pos().equals("NOUN")) {
                return null;
            }
        }
        return null;
    }

    private static final Set<String> GREEK_WORDS = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "kappa");

    /** "PPAR" "-" "delta": a symbol and a Greek letter's name joined by a hyphen, all touching. */
    private static boolean isSymbolWithGreekLetter(Sentence s, int i) {
        return s.isJoiningHyphen(i + 1) && GREEK_WORDS.contains(s.lower(i + 2))
                && GENE_SYMBOL.matcher(s.token(i).text()).matches() && s.token(i).text().length() >= 3;
    }

    /** Endings of growth factors' and hormones' names: "amphiregulin", "neuregulin", "erythropoietin". */
    private static final Pattern PROTEIN_WORD = Pattern.compile("[a-z]{3,}(regulin|poietin|philin)");
    private static final Pattern FAMILY_MEMBER = Pattern.compile("[A-F]\\d{0,2}");

    private static EntityType proteinOfNoun(String noun) {
        if (noun.equals("receptor")) {
            return EntityType.RECEPTOR;
        }
        return noun.equals("chemokine") ? EntityType.CHEMOKINE : EntityType.PROTEIN;
    }

    /** A cluster-of-differentiation marker (CD3, CD155): a protein on the surface of cells. */
    public static boolean isClusterOfDifferentiation(String w) {
        return CD_MARKER.matcher(w).matches();
    }

    /** A biologic's name with the FDA's four-letter suffix, "linvoseltamab-gcpt": the suffix only tells makers apart. */
    private boolean isSuffixedBiologic(String lower) {
        return FDA_SUFFIXED.matcher(lower).matches() && cues.isInnShaped(lower.substring(0, lower.length() - 5));
    }

    /**
     * The second word of a conjugate's name after its antibody: a payload ("deruxtecan"), or any INN written in lower
     * case right after it ("maridebart cafraglutide"), which prose never leaves without a comma or a conjunction when
     * it names a second drug.
     */
    private boolean isConjugatedPart(Sentence s, int k) {
        return k < s.size() && (ADC_PAYLOAD.matcher(s.lower(k)).matches()
                || isInn(s.token(k)) && s.token(k).text().equals(s.lower(k)));
    }

    /** An INN, or an antibody's in a heading's capitals: "WE HAVE YOUR MOGAMULIZUMAB". */
    private boolean isInn(Token t) {
        return (INN_WORD.matcher(t.text()).matches() || CapitalsLines.isAntibodyName(t.text()))
                && cues.isInnShaped(t.lower());
    }

    private static void add(Sentence s, int i, EntityType type, String name, double confidence, List<Mention> out) {
        out.add(MentionRecognizer.mention(s, i, i + 1, type, name, null, confidence, "shape", false));
    }
}
