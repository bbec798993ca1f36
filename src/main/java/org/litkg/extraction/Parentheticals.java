package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.AliasDetector;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.ListAndTargetWords;
import org.litkg.recognition.Mention;
import org.litkg.recognition.PublicationContext;

/**
 * Short parentheticals a name may carry ("phosphodiesterase 3 (PDE3)") and the counted classes a list of names may
 * follow ("two enzymes, PDE3 and PDE4"), which the patterns read past.
 */
final class Parentheticals {

    private Parentheticals() {
    }

    /** The comma that opens the aside the comma at {@code comma} closes, within twelve tokens; -1 if none. */
    static int asideOpening(Sentence s, int comma) {
        for (int k = comma - 1; k > 0 && comma - k <= ASIDE_REACH; k--) {
            if (s.lower(k).equals(",")) {
                return k;
            }
        }
        return -1;
    }

    private static final int ASIDE_REACH = 12;

    /** The last token before a parenthesis that closes at {@code k} ("the glucocorticoid receptor (GR)"), else k. */
    static int before(Sentence s, int k) {
        if (!s.lower(k).equals(")")) {
            return k;
        }
        int depth = 0;
        for (int j = k - 1; j > 0 && k - j <= 8; j--) {
            if (s.lower(j).equals(")")) {
                depth++; // a bracket inside the bracket: "SC-51089 (10(-5) M)"
            } else if (s.lower(j).equals("(") && depth-- == 0) {
                return j - 1;
            }
        }
        return k;
    }

    /** Longest aside between "and" and its verb: "and, through its enhanced Fc region, engages". */
    private static final int MAX_ASIDE = 8;

    /** The "and" or "but" before an aside that closes at the comma at k; else k. */
    static int conjunctionBeforeAside(Sentence s, int k) {
        for (int open = k - 2; s.lower(k).equals(",") && open > 0 && k - open <= MAX_ASIDE; open--) {
            if (s.lower(open).equals(",")) {
                boolean joined = s.lower(open - 1).equals("and") || s.lower(open - 1).equals("but");
                return joined ? open - 1 : k;
            }
        }
        return k;
    }

    /** How long a description between commas may be: ", an antibody against LAG-3,". */
    private static final int DESCRIPTION_WORDS = 8;

    /**
     * The comma closing a description that opens with an article at the comma k (", an antibody against X,"), or a
     * relative clause (", which inhibits the RAF and MEK enzymes,"); else -1.
     */
    static int descriptionEnd(Sentence s, int k) {
        return closingComma(s, k, DESCRIPTION_WORDS, s.size());
    }

    /** How long a partner's far "with" lets a description run: ", a long-acting version of ... in the brain,". */
    private static final int PARTNER_DESCRIPTION_WORDS = 20;

    /** As {@link #descriptionEnd}, for a description before a partner's "with", which may run longer. */
    static int partnerDescriptionEnd(Sentence s, int k) {
        return closingComma(s, k, PARTNER_DESCRIPTION_WORDS, s.size());
    }

    /** How many tokens a study's name set off by commas may take: ", HALO-1,". */
    private static final int STUDY_NAME_TOKENS = 3;

    /**
     * The "at" after a study noun past its name set off by commas and a year ("a phase 1b trial, HALO-1, in 2027 at
     * the Netherlands Cancer Institute"), from k, the token after the noun; else k.
     */
    static int studyPlaceAt(Sentence s, int k) {
        int j = k;
        if (s.lower(j).equals(",") && j + 1 < s.size() && Character.isUpperCase(s.token(j + 1).text().charAt(0))) {
            for (int c = j + 2; c < s.size() && c <= j + 1 + STUDY_NAME_TOKENS && j == k; c++) {
                j = s.lower(c).equals(",") ? c + 1 : j;
            }
        }
        j += s.lower(j).equals("in") && PublicationContext.isYear(s.lower(j + 1)) ? 2 : 0;
        return j > k && s.lower(j).equals("at") ? j : k;
    }

    /** As {@link #studyPlaceAt} backwards: the token before "at" at {@code at} past a year and a name; else at - 1. */
    static int studyNounBefore(Sentence s, int at) {
        int j = at - 1;
        j -= PublicationContext.isYear(s.lower(j)) && s.lower(j - 1).equals("in") ? 2 : 0;
        for (int c = j - 2; s.lower(j).equals(",") && c >= Math.max(1, j - 1 - STUDY_NAME_TOKENS); c--) {
            if (s.lower(c).equals(",")) {
                return studyPlaceAt(s, c) == at ? c - 1 : at - 1;
            }
        }
        return j < at - 1 && studyPlaceAt(s, j + 1) == at ? j : at - 1;
    }

    /** How long an aside between a name and its verb may be: ", an antibody that binds CD47 but ... red cells,". */
    private static final int ASIDE_WORDS = 16;

    /**
     * The token after an aside that opens with a comma at k, an article or "which" after it, and closes with a comma
     * before {@code limit}; else k.
     */
    static int pastAside(Sentence s, int k, int limit) {
        int closing = closingComma(s, k, ASIDE_WORDS, limit);
        return closing < 0 ? k : closing + 1;
    }

    /**
     * The token after a participle's aside that opens with a comma at k and closes with a comma ("my group, working with
     * colleagues at Y, tested"), so the verb after it is found; else k.
     */
    static int pastParticipleAside(Sentence s, int k) {
        if (!s.lower(k).equals(",") || k + 1 >= s.size() || !s.lower(k + 1).endsWith("ing")) {
            return k;
        }
        for (int j = k + 2; j < Math.min(s.size(), k + 2 + ASIDE_WORDS); j++) {
            if (s.lower(j).equals(",")) {
                return j + 1;
            }
        }
        return k;
    }

    /**
     * The comma closing, within {@code words} words and before {@code limit}, a description or a relative clause that
     * opens at the comma k with an article or "which"; else -1.
     */
    static int closingComma(Sentence s, int k, int words, int limit) {
        if (!s.lower(k).equals(",") || !Reading.ARTICLES.contains(s.lower(k + 1)) && !s.lower(k + 1).equals("which")) {
            return -1;
        }
        for (int j = k + 2; j < Math.min(limit, k + 2 + words); j++) {
            if (s.lower(j).equals(",")) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Past the aside after an argument ("X, an antibody that ... red cells, together with Y"), or the one the argument heads
     * (", an antibody that ..., together with"): the token after its closing comma; else {@code argEnd}.
     */
    static int pastAsideOf(Sentence s, int argStart, int argEnd, int limit) {
        int open = s.lower(argStart - 1).equals(",") ? argStart - 1 : argEnd;
        int past = pastAside(s, open, limit);
        return past == open ? argEnd : past;
    }

    /** Whether a drug's name alone, or a list of them, fills the brackets opened before k: "(cilazapril)", "(X or Y)". */
    static boolean bracketedDrug(Reading r, int si, int k) {
        Mention name = r.startingAt(si, k);
        if (name == null || name.type() != EntityType.DRUG) {
            return false;
        }
        Sentence s = r.sentence(si);
        int end = Parentheticals.after(s, k - 1);
        return end > k && s.lower(end - 1).equals(")")
                && (end - 1 == name.to() || s.lower(name.to()).equals(",") || s.lower(name.to()).equals("or")
                || s.lower(name.to()).equals("and") || s.lower(name.to()).equals(";"));
    }

    /**
     * "Inhibitors of PDE4 (rolipram; 0.1-10 microM) and PDE3 (cilostazol)", "Blockade of PDE1 (X, 100 microM)": each
     * target of a class or blockade with the drug used against it in brackets; the pairs found are added to {@code out}.
     */
    static void bracketedAgents(Reading r, int si, int triggerFrom, List<Argument> targets, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (Argument target : targets) {
            int end = 0;
            while (end < s.size() && s.token(end).span().start() < target.span().end()) {
                end++; // the token after the target: its bracket, if any
            }
            Mention agent = s.lower(end).equals("(") ? r.startingAt(si, end + 1) : null;
            Argument drug = agent == null || agent.type() != EntityType.DRUG ? null : r.argument(agent, Set.of(EntityType.DRUG));
            // the drug alone or before its dose; not the target's own abbreviation ("gonadotrophin releasing hormone (GnRH)")
            boolean alone = agent != null && Set.of(")", ";", ",").contains(s.lower(agent.to()))
                    && !AliasDetector.isAcronymOf(agent.text(), target.text());
            if (drug != null && alone) {
                // "inhibitors of SIRT1 (nicotinamide, sirtinol, EX527)": each drug the bracket lists
                List<Argument> drugs = r.withFollowingConjuncts(si, drug, agent.to(), Set.of(EntityType.DRUG));
                r.emit(RelationType.BLOCKS, drugs, List.of(target), si, agent.from(), agent.to(), triggerFrom,
                        triggerFrom + 1, "nominal-bracketed-agent", 0.8, out);
            }
        }
    }

    /**
     * The name that ends at token k where k may close a bracket: one written with its bracket ("EP(4)"), else the name
     * before the bracket ("the glucocorticoid receptor (GR)"), else, with {@code orShortName}, the short name inside it
     * where the one before is not recognised ("DL-alpha-difluoromethylornithine (DFMO)") or was cut by the tokenizer
     * ("cyclooxygenase -1 (COX-1)"); null where none is. A class's target takes no short name: in "IMPDH
     * (inosine-5'-monophosphate dehydrogenase) inhibitors" the bracket's words are a gloss, cut by the tokenizer.
     */
    static Mention nameEndingAt(Reading r, int si, int k, boolean orShortName) {
        Sentence s = r.sentence(si);
        Mention m = r.endingAt(si, k);
        if (m == null) {
            m = r.endingAt(si, before(s, k));
        }
        if (m == null && orShortName && k > 0 && s.lower(k).equals(")")) {
            m = r.endingAt(si, k - 1);
        }
        return m;
    }

    /** The token after a short parenthetical that opens at k ("(PDE3)"), else k. */
    static int after(Sentence s, int k) {
        return after(s, k, SHORT_BRACKET);
    }

    /** How far a short bracket may run: "(AMD3100)", "(also called CXCR7)". */
    private static final int SHORT_BRACKET = 6;

    /** As {@link #after(Sentence, int)}, for a bracket of up to {@code reach} tokens. */
    static int after(Sentence s, int k, int reach) {
        if (!s.lower(k).equals("(")) {
            return k;
        }
        for (int j = k + 1; j < s.size() && j - k <= reach; j++) {
            if (s.lower(j).equals(")")) {
                return j + 1;
            }
        }
        return k;
    }

    /** "two enzymes,", and "the" for a class the text has named before: "the receptors, X and Y". */
    private static final Set<String> COUNTING_WORDS = java.util.stream.Stream.concat(
            ListAndTargetWords.COUNTS.stream(), java.util.stream.Stream.of("the")).collect(java.util.stream.Collectors.toSet());
    static final Set<String> CONJUNCTIONS = Set.of("and", "or");
    /** How many lower-case words a counted class may take before its list: "two receptors in the brain,". */
    private static final int MAX_CLASS_WORDS = 5;
    /** How many before a colon: "three proteins that drive the thickening of the blood vessels in the lungs:". */
    private static final int MAX_COLON_CLASS_WORDS = 12;

    /** Kinds of protein written before a protein's name: "the phosphatase SHP2", "the kinase ATR". */
    static final Set<String> KIND_NOUNS = Set.of("phosphatase", "kinase", "enzyme", "receptor", "protein", "chemokine",
            "cytokine", "protease", "transporter");

    /**
     * After "two enzymes," in "an inhibitor of two enzymes, PDE3 and PDE4", or "two receptors at once:" in "blocks two
     * receptors at once: the X and the Y", or "two monoclonal antibodies (" in "a cocktail of two monoclonal antibodies
     * (X and Y)": where the list of names starts (k itself where no counted class opens there).
     */
    static int afterClassApposition(Sentence s, int k) {
        int count = s.lower(k).equals("all") && !s.lower(k + 1).equals("the") ? k + 1 : k; // "all three AKT isoforms,"
        if (!COUNTING_WORDS.contains(s.lower(count))) {
            return k;
        }
        // a counted class may carry its family's symbol ("three AKT isoforms,"), "the receptors," may not
        boolean numbered = !s.lower(count).equals("the");
        for (int end = count + 2; end <= count + 1 + MAX_COLON_CLASS_WORDS && end < s.size(); end++) {
            boolean colon = s.lower(end).equals(":"); // a colon announces the list from further off
            boolean listOpens = s.lower(end).equals(",") || s.lower(end).equals("("); // "two antibodies (X and Y)"
            if (colon || listOpens && end <= count + 1 + MAX_CLASS_WORDS) {
                // lower-case words, but not "both mutant enzymes and, unlike ...": that is no class; nor is one thing,
                // "an agonist of the melanocortin 1 receptor, is": "the" opens a class only in the plural
                boolean plural = numbered || s.lower(end - 1).endsWith("s");
                return plural && isClass(s, count + 1, end, numbered) ? end + 1 : k;
            }
        }
        return k;
    }

    /** Words [from, end) of a counted class: lower case, and a symbol before the last where the class is numbered. */
    private static boolean isClass(Sentence s, int from, int end, boolean numbered) {
        for (int j = from; j < end; j++) {
            String w = s.token(j).text();
            boolean familyName = j < end - 1 && isTitleCase(w) && s.lower(end - 1).endsWith("s"); // "the Janus kinases,"
            boolean familySymbol = numbered && j < end - 1 && isSymbol(w); // "three AKT isoforms,"
            if (CONJUNCTIONS.contains(s.lower(j)) || !isLowerCase(w) && !familySymbol && !familyName) {
                return false;
            }
        }
        return true;
    }

    /** Capitals, digits and hyphens, as a family's symbol in a counted class is written: "AKT", "JAK". */
    static boolean isSymbol(String w) {
        return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '-');
    }

    /** How many words a counted class may have before its head: "three earlier CETP inhibitors". */
    private static final int MAX_COUNTED_WORDS = 3;

    /** "Three earlier CETP inhibitors,": a number word opens the class phrase that starts at {@code start}. */
    static boolean countedClass(Sentence s, int start) {
        return ListAndTargetWords.countedBefore(s, start, MAX_COUNTED_WORDS);
    }

    private static boolean isTitleCase(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && isLowerCase(w.substring(1));
    }

    private static boolean isLowerCase(String w) {
        return w.chars().noneMatch(Character::isUpperCase); // "three sphingosine 1-phosphate receptors,"
    }
}
