package org.litkg.recognition;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * Brand names the text gives a drug: "Beyfortus (nirsevimab)", "zolbetuximab, marketed as Vyloy", "approved under the
 * name Sunlenca", "acoramidis, marketed by BridgeBio as Attruby". Each becomes an alias of the drug.
 */
final class BrandNames {

    /** How many words a seller's name may have between "marketed by" and "as": "sold by Bristol Myers Squibb as". */
    private static final int MAX_SELLER_WORDS = 4;
    /** How much of its drug's confidence a brand keeps. */
    private static final double BRAND_CONFIDENCE = 0.9;
    private static final Set<String> BRAND_EXCLUSIONS = Set.of("Phase", "Study", "Trial", "Group", "Drugs", "Brand");

    private BrandNames() {
    }

    /**
     * "Lenacapavir is approved by the FDA, under the name Sunlenca, for ...", "Fezolinetant (brand name Veozah)": a
     * capitalised word after "under the name" or "brand name" is the brand of the nearest drug named before it.
     */
    static void add(Sentence s, List<Mention> ms, List<AliasDetector.Alias> aliases, Map<String, Mention> shortForms) {
        for (int k = 0; k + 2 < s.size(); k++) {
            boolean brandName = (s.lower(k).equals("brand") || s.lower(k).equals("trade")) && s.lower(k + 1).equals("name");
            boolean underTheName = s.lower(k).equals("under") && s.lower(k + 1).equals("the") && s.lower(k + 2).equals("name");
            // "(brand name Veozah)", "under the trade name Sunlenca", "under the name Lyfnua", "sold by X as Y", "the drug
            // ... has been nicknamed MariTide"
            int name = brandName ? k + 2 : underTheName ? k + 3 : isNicknaming(s, k) ? k + 1 : brandAfterSeller(s, k);
            if (name < 0 || name >= s.size() || !s.token(name).isCapitalised() || AliasDetector.covered(ms, name)) {
                continue;
            }
            Mention drug = null;
            for (Mention m : ms) {
                if (m.to() <= k && !m.anaphoric() && m.type() == EntityType.DRUG) {
                    drug = m;
                }
            }
            if (drug != null) {
                AliasDetector.addShortForm(s, name, drug, BRAND_CONFIDENCE, ms, aliases, shortForms);
            }
        }
        for (Mention drug : List.copyOf(ms)) {
            int brand = drug.from() - 2; // "Beyfortus (nirsevimab)": a capitalised word before a drug in parentheses
            boolean parenthesised = brand >= 0 && s.lower(brand + 1).equals("(") && s.lower(drug.to()).equals(")");
            if (parenthesised && drug.type() == EntityType.DRUG && !drug.anaphoric() && isBrandWord(s.token(brand).text())
                    && !AliasDetector.covered(ms, brand)) {
                AliasDetector.addShortForm(s, brand, drug, BRAND_CONFIDENCE, ms, aliases, shortForms);
            }
        }
    }

    /** Participles that give a drug a name of the press's or the maker's: "has been nicknamed MariTide". */
    private static final Set<String> NICKNAMING = Set.of("nicknamed", "dubbed");
    /** Participles that give a name only after a form of "be": "is called X", but not "a protein called X". */
    private static final Set<String> NAMING = Set.of("called", "named");
    private static final Set<String> BE = Set.of("is", "was", "been", "being");

    /** Whether the word at k names what the clause is about with the coined word after it: "has been nicknamed X". */
    private static boolean isNicknaming(Sentence s, int k) {
        return (NICKNAMING.contains(s.lower(k)) || NAMING.contains(s.lower(k)) && BE.contains(s.lower(k - 1)))
                && isBrandWord(s.token(k + 1).text());
    }

    /** "marketed by BridgeBio as Attruby": the brand after the seller, where "sold by" or "marketed by" is at k; or -1. */
    private static int brandAfterSeller(Sentence s, int k) {
        if ((s.lower(k).equals("sold") || s.lower(k).equals("marketed")) && s.lower(k + 1).equals("by")) {
            for (int as = k + 3; as < s.size() && as <= k + 2 + MAX_SELLER_WORDS; as++) {
                if (s.lower(as).equals("as") && as + 1 < s.size() && isBrandWord(s.token(as + 1).text())) {
                    return as + 1;
                }
                if (!s.token(as).isCapitalised()) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** A capitalised coined word: "Beyfortus", "LUMAKRAS"; not "The" or "Phase". */
    private static boolean isBrandWord(String w) {
        return w.length() >= 5 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                && !BRAND_EXCLUSIONS.contains(w);
    }

    /** "sold as", "marketed as" at token k: what follows is a brand name. */
    static boolean introducesBrand(Sentence s, int k) {
        return (s.lower(k).equals("sold") || s.lower(k).equals("marketed")) && s.lower(k + 1).equals("as");
    }
}
