package org.litkg.recognition;

import java.util.List;
import org.litkg.analysis.Sentence;

/**
 * A receptor named after its ligand with the ligand's abbreviation in brackets before "receptor": "the
 * glucose-dependent insulinotropic polypeptide (GIP) receptor", "the glucagon-like peptide 1 (GLP-1) receptor". The
 * whole phrase, from the first word the abbreviation's letters stand for to "receptor", names the receptor
 * "GIP receptor"; without this the ligand's name was read and the receptor lost. So, for a carrier, does "the
 * norepinephrine (NE) transporter".
 */
final class BracketedReceptorNames implements MentionRecognizer {

    /** How many words before the bracket the abbreviation's letters may stand for. */
    private static final int MAX_WORDS = 6;

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        subtypes(s, out);
        for (int open = 1; open + 3 < s.size(); open++) {
            String abbreviation = s.token(open + 1).text();
            boolean transporter = s.lower(open + 3).startsWith("transporter");
            if (!s.token(open).text().equals("(") || !s.token(open + 2).text().equals(")")
                    || !s.lower(open + 3).startsWith("receptor") && !transporter
                    || !ShapeRecognizer.isCapitalSymbol(abbreviation)) {
                continue;
            }
            int first = firstWordOf(s, open, abbreviation);
            if (first >= 0 && transporter) { // "the norepinephrine (NE) transporter": a carrier, named by its ligand
                out.add(MentionRecognizer.mention(s, first, open + 4, EntityType.PROTEIN,
                        s.textOf(first, open) + " transporter", null, 0.8, "shape-bracketed-receptor", false));
            } else if (first >= 0) {
                out.add(MentionRecognizer.mention(s, first, open + 4, EntityType.RECEPTOR, abbreviation + " receptor",
                        null, 0.8, "shape-bracketed-receptor", false));
            }
        }
    }

    /** A receptor subtype's letters and digits: "4", "2A", "1B", "1". */
    private static final java.util.regex.Pattern SUBTYPE = java.util.regex.Pattern.compile("\\d{1,2}[A-Za-z]?");
    /** A receptor's symbol or Greek letter before a bracketed subtype: "5-HT", "H", "AT", "CB", "alpha", "β". */
    private static final java.util.regex.Pattern SUBTYPED_SYMBOL =
            java.util.regex.Pattern.compile("(\\d-)?[A-Z]{1,4}|alpha|beta|α|β|mu|delta|kappa|μ|δ|κ");
    /** Nouns that make the bracketed subtype a receptor's: "5-HT(4) receptor", "alpha(1A)-adrenoceptors". */
    private static final List<String> RECEPTOR_NOUNS = List.of("receptor", "adrenoceptor");
    /** How many tokens a bracketed subtype list may take: "(2B/2C)", "(1/2/5/7)". */
    private static final int MAX_SUBTYPE_TOKENS = 7;

    /** Words after a bare subtype that make it a receptor's: "V(2) antagonists", "5-HT(2A) and D(2) blockade". */
    private static final java.util.Set<String> ACTING_NOUNS = java.util.Set.of("antagonist", "antagonists", "agonist",
            "agonists", "blockade", "blocker", "blockers", "antagonism");

    /**
     * "the 5-HT(4) receptor", "a 5-HT(2B/2C)-receptor antagonist", "histamine H(1)-receptor", "alpha(1A)-adrenoceptors":
     * a receptor written with its subtype in brackets, as pharmacology abstracts do, is one receptor; without this
     * "5-HT" was read as serotonin. Before a drug's class or "blockade" the noun may be left out, and several such
     * receptors joined ("a 5-HT(2A)/D(2) antagonist", "V(2) antagonists"): each is a receptor.
     */
    private static void subtypes(Sentence s, List<Mention> out) {
        for (int k = 0; k + 3 < s.size(); k++) {
            int close = subtypeClose(s, k);
            if (close < 0) {
                continue;
            }
            int noun = s.lower(close + 1).equals("-") ? close + 2 : close + 1;
            String head = s.lower(noun);
            if (RECEPTOR_NOUNS.stream().anyMatch(head::startsWith)) {
                String name = s.textOf(k, close + 1) + (head.startsWith("adrenoceptor") ? "-adrenoceptor" : " receptor");
                out.add(MentionRecognizer.mention(s, k, noun + 1, EntityType.RECEPTOR, name, null, 0.8,
                        "shape-bracketed-receptor", false));
                k = noun;
            } else if (actedOn(s, close + 1)) {
                String name = s.textOf(k, close + 1) + " receptor";
                out.add(MentionRecognizer.mention(s, k, close + 1, EntityType.RECEPTOR, name, null, 0.7,
                        "shape-bracketed-receptor", false));
                k = close;
            }
        }
    }

    /** The closing bracket of a subtype written after a symbol at k ("D(2)", "5-HT(2B/2C)"), or -1. */
    private static int subtypeClose(Sentence s, int k) {
        if (k + 3 >= s.size() || !SUBTYPED_SYMBOL.matcher(s.token(k).text()).matches() || !s.lower(k + 1).equals("(")
                || s.token(k + 1).span().start() != s.token(k).span().end()) {
            return -1;
        }
        int close = k + 2;
        while (close < s.size() && close - k <= MAX_SUBTYPE_TOKENS
                && (SUBTYPE.matcher(s.token(close).text()).matches() || s.lower(close).equals("/"))) {
            close++;
        }
        return close > k + 2 && s.lower(close).equals(")") ? close : -1;
    }

    /** Whether a drug's class or a blockade follows at k, past other subtyped receptors joined by "/" or "and". */
    private static boolean actedOn(Sentence s, int k) {
        int at = k;
        while ((s.lower(at).equals("/") || s.lower(at).equals("and")) && subtypeClose(s, at + 1) > 0) {
            at = subtypeClose(s, at + 1) + 1;
        }
        return ACTING_NOUNS.contains(s.lower(at));
    }

    /**
     * The nearest token back from the bracket that starts the words the abbreviation stands for, by the test the alias
     * detector uses for "long form (SF)" (Schwartz and Hearst), the first letter opening that token; or -1.
     */
    private static int firstWordOf(Sentence s, int open, String abbreviation) {
        char first = Character.toLowerCase(abbreviation.charAt(0));
        for (int k = open - 1; k >= Math.max(0, open - MAX_WORDS); k--) {
            if (s.lower(k).charAt(0) == first && AliasDetector.isAcronymOf(abbreviation, s.textOf(k, open))) {
                return k;
            }
        }
        return -1;
    }
}
