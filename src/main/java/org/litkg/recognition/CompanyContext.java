package org.litkg.recognition;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;

/**
 * Where a capitalised name is a company's by what surrounds it: "the drugmaker Shionogi", "discovered by
 * ChemoCentryx", "paid for by Amgen", "sold as Kimmtrak by Immunocore", "GlycoMimetics, the company developing
 * the drug".
 */
final class CompanyContext {

    private static final Set<String> BE = Set.of("was", "were", "is", "are");

    private final Cues cues;

    CompanyContext(Cues cues) {
        this.cues = cues;
    }

    /** Whether the name from {@code from} to {@code end} stands where a company is named. */
    boolean isCompanyContext(Sentence s, int from, int end) {
        boolean by = s.lower(from - 1).equals("by");
        boolean soldBy = by && BrandNames.introducesBrand(s, from - 4);
        boolean madeBy = by && (cues.is(Category.MAKER_VERB, s.lower(from - 2)) || end == from + 1 && makerBefore(s, from - 1));
        boolean paidBy = by && s.lower(from - 2).equals("for") && s.lower(from - 3).equals("paid");
        // "a phase 3 trial run by Epizyme", "that study was run by Vertex": who runs a trial, named by one capitalised
        // word, is a company
        int ran = BE.contains(s.lower(from - 3)) ? from - 4 : from - 3; // "was run by", "is run by"
        ran = s.lower(ran).equals(",") ? ran - 1 : ran; // "In the PRIOH-1 trial, run by AiCuris"
        boolean trial = cues.isStudyOrTrial(s.lower(ran))
                || ran >= 0 && TrialRecognizer.CODED_TRIAL.matcher(s.token(ran).text()).matches()
                || ran >= 2 && s.lower(ran - 1).equals("of") && cues.isStudyOrTrial(s.lower(ran - 2)); // "trial of X, run by"
        boolean runsTrial = by && s.lower(from - 2).equals("run") && end == from + 1 && trial; // "In TACTI-003, run by X"
        boolean companyNoun = from > 0 && cues.is(Category.COMPANY_NOUN, s.lower(from - 1))
                // "Our spin-out company, Veritas Immune, licensed": a name set off right after the company noun
                || from > 1 && s.lower(from - 1).equals(",") && cues.is(Category.COMPANY_NOUN, s.lower(from - 2))
                && (s.lower(end).equals(",") || s.lower(end).equals("."));
        // "an antibody from CSL Behring", "AL002 from Alector", "VG-3927 from Vigil Neuroscience": a drug's maker
        boolean drugFrom = s.lower(from - 1).equals("from") && from >= 2 && isDrugWord(s, from - 2);
        return companyNoun || drugFrom || madeBy || soldBy || paidBy || runsTrial || isCompanyApposition(s, end)
                || isMakerAfterDrug(s, from, end) || isTraded(s, from, end) || ranTrialBefore(s, from, end)
                || reportsOwnDrug(s, from, end) || stopsOwnTrial(s, from, end);
    }

    /** Verbs of a company starting or stopping its trial. */
    private static final Set<String> TRIAL_MOVES = Set.of("stopped", "halted", "paused", "ended", "discontinued",
            "started", "launched", "began", "begun", "terminated");
    /** How far after the verb "trial" may come: "has stopped a phase 2 trial". */
    private static final int TRIAL_REACH = 5;

    /**
     * "Valmont Oncology has stopped a phase 2 trial of VX-414, its antibody against CCR8": a name of two or three words
     * that starts or stops a trial of "its" drug is a company's.
     */
    private boolean stopsOwnTrial(Sentence s, int from, int end) {
        int verb = s.lower(end).equals("has") || s.lower(end).equals("have") ? end + 1 : end;
        if (end - from < 2 || end - from > 3 || !TRIAL_MOVES.contains(s.lower(verb))) {
            return false;
        }
        for (int k = verb + 1; k <= verb + TRIAL_REACH && k < s.size(); k++) {
            if (cues.isStudyOrTrial(s.lower(k))) {
                for (int j = k + 1; j < s.size() - 1 && !s.lower(j).equals("."); j++) {
                    if (s.lower(j).equals("its") && isDrugWord(s, j + 1)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Verbs of a company telling its news. */
    private static final Set<String> REPORTING = Set.of("reports", "reported", "announces", "announced", "says", "said",
            "disclosed", "discloses");

    /** "ChemoCentryx reports that its compound CCX282 blocks CCR9": who reports on its own drug is a company. */
    private boolean reportsOwnDrug(Sentence s, int from, int end) {
        int its = s.lower(end + 1).equals("that") ? end + 2 : end + 1;
        return end - from <= 2 && REPORTING.contains(s.lower(end)) && s.lower(its).equals("its") && isDrugWord(s, its + 1);
    }

    /** Words for a company's stock: "shares of Verastem Oncology", "Merus shares rose 6%". */
    private static final Set<String> STOCK_NOUNS = Set.of("shares", "stock");
    /** Verbs of a share price moving, after "X shares". */
    private static final Set<String> PRICE_MOVES = Set.of("rose", "fell", "jumped", "climbed", "dropped", "slumped",
            "soared", "gained", "tumbled", "plunged", "rise", "fall", "jump", "climb", "drop", "surged", "slid");

    /** "Shares of Verastem Oncology jumped", "Merus shares rose 6%": a name whose shares trade is a company's. */
    private static boolean isTraded(Sentence s, int from, int end) {
        boolean sharesOf = s.lower(from - 1).equals("of") && STOCK_NOUNS.contains(s.lower(from - 2));
        boolean itsShares = STOCK_NOUNS.contains(s.lower(end)) && PRICE_MOVES.contains(s.lower(end + 1));
        return sharesOf || itsShares;
    }

    /** Verbs of running a trial in a relative clause on it: "the RAMP 201 trial, which Verastem ran". */
    private static final Set<String> RAN = Set.of("ran", "runs", "conducted", "conducts", "sponsored", "sponsors");

    /** "the RAMP 201 trial, which Verastem ran with investigators": who ran the trial just named, in a word or two. */
    private boolean ranTrialBefore(Sentence s, int from, int end) {
        return end - from <= 2 && RAN.contains(s.lower(end)) && s.lower(from - 1).equals("which")
                && s.lower(from - 2).equals(",") && cues.isStudyOrTrial(s.lower(from - 3));
    }

    /** How far before "by" a maker's verb may be: "developed as an HIV treatment by CytoDyn". */
    private static final int MAKER_REACH = 6;

    /** A maker's verb a few words before the "by" at {@code by}, in its clause. */
    private boolean makerBefore(Sentence s, int by) {
        for (int k = by - 1; k >= Math.max(0, by - MAKER_REACH); k--) {
            if (cues.is(Category.MAKER_VERB, s.lower(k))) {
                return true;
            }
            if (s.token(k).isPunctuation()) {
                return false;
            }
        }
        return false;
    }

    /** A drug noun, a drug's code or a coined word at k: "antibody", "AL002", "vosoritide". */
    private boolean isDrugWord(Sentence s, int k) {
        return cues.is(Category.DRUG_NOUN, org.litkg.analysis.Lemmatizer.singular(s.lower(k)))
                || ShapeRecognizer.DRUG_CODE.matcher(s.token(k).text()).matches()
                || CoinedWords.hasCoinedShape(s.token(k), k == 0);
    }

    /**
     * "Brensocatib, from Insmed, takes aim": a name closed by commas after "from" and a coined word, not after a
     * person's name ("Mark Johnson, from Boston,").
     */
    private static boolean isMakerAfterDrug(Sentence s, int from, int end) {
        int drug = from - 3;
        if (drug < 0 || !s.lower(from - 1).equals("from") || !s.lower(from - 2).equals(",") || !s.lower(end).equals(",")
                || drug > 0 && s.token(drug - 1).isCapitalised()) {
            return false;
        }
        return CoinedWords.hasCoinedShape(s.token(drug), true);
    }

    /** How many words the causee of "makes" may take: "which makes the skin cells pour out". */
    private static final int CAUSEE_WORDS = 4;

    /** Whether "makes" before token k causes rather than manufactures: "IL-17, which makes skin cells pour out". */
    private static boolean causative(Sentence s, int k) {
        for (int j = k + 1; j < Math.min(s.size(), k + 1 + CAUSEE_WORDS); j++) {
            String w = s.lower(j);
            if (s.token(j).isPunctuation()) {
                return false;
            }
            if (s.token(j).pos().equals("VERB") && !w.endsWith("ing") && !w.endsWith("ed") && !w.endsWith("s")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "GlycoMimetics, the company developing the drug", "Galderma, which developed the drug": the name
     * ending at {@code end} is apposed to a company noun or followed by a relative clause about making a drug.
     */
    private boolean isCompanyApposition(Sentence s, int end) {
        if (!s.lower(end).equals(",")) {
            return false;
        }
        String next = s.lower(end + 1);
        if (next.equals("which") || next.equals("who")) {
            return cues.is(Category.MAKER_VERB, s.lower(end + 2)) || s.lower(end + 2).equals("develops")
                    || s.lower(end + 2).equals("makes") && !causative(s, end + 3);
        }
        if (!next.equals("the") && !next.equals("a") && !next.equals("an")) {
            return false;
        }
        for (int k = end + 2; k < Math.min(s.size(), end + 5); k++) {
            if (cues.is(Category.COMPANY_NOUN, s.lower(k))) {
                return k + 1 >= s.size() || !s.token(k + 1).isPossessive(); // not "X, the company's chief executive"
            }
            if (!s.token(k).pos().equals("ADJ") && !s.token(k).pos().equals("PROPN") && !s.token(k).pos().equals("NOUN")) {
                return false;
            }
        }
        return false;
    }
}
