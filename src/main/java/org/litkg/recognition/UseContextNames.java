package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;
import org.litkg.recognition.Cues.Category;

import static org.litkg.recognition.DrugNameTokens.contextDrug;
import static org.litkg.recognition.DrugNameTokens.isNameToken;

/**
 * Drugs named by what is done with them, whatever their shape: given against placebo ("received ulotaront or
 * placebo", "Placebo versus X"), taken ("also took edaravone", "continued riluzole", "X was stopped") or given with
 * another drug ("nerandomilast plus pirfenidone", "used together with treprostinil", "combined with X and Y"),
 * tested ("a trial of X") or sold ("X, sold as Y,"). What a drug does to its target names it too ("Gefapixant
 * blocks P2X3", "X switches on the receptor"): DrugContextRecognizer reads that.
 */
final class UseContextNames {

    /** Words that set a name against placebo: "X or placebo", "X versus placebo", "placebo or X". */
    private static final Set<String> ARM_LINKS = Set.of("or", "versus", "vs", "vs.");
    /** Words between a placebo arm's link and "placebo": "or a matching placebo". */
    private static final Set<String> PLACEBO_FILLERS = Set.of("a", "matching", "the");
    /** Verbs of taking a drug, with what they take straight after them: "also took edaravone". */
    private static final Set<String> TAKING_VERBS = Set.of("take", "took", "taken", "taking", "takes", "continued",
            "continue", "continues", "continuing", "started", "starting", "stopped");

    /** Participles by which a drug, their subject, is given or taken off: "before bitopertin was started". */
    private static final Set<String> PASSIVE_USES = Set.of("started", "stopped", "restarted", "discontinued", "prescribed",
            "administered");
    /** Words that join a drug to one given with it, the partner straight after: "X plus Y", "alongside Y". */
    private static final Set<String> JOINING_WORDS = Set.of("plus", "alongside");
    /** Words before "with" that make it join drugs: "together with", "combined with", "in combination with". */
    private static final Set<String> JOINING_BEFORE_WITH = Set.of("together", "combined", "combination", "coadministered");
    /** Participles before "with" that join a drug given to a coined word: not "given with food", nor radiotherapy. */
    private static final Set<String> GIVING_BEFORE_WITH = Set.of("given", "administered");
    /** A route written between a joining word and the drug: "together with inhaled treprostinil". */
    private static final Set<String> ROUTES = Set.of("inhaled", "oral", "intravenous", "subcutaneous", "topical",
            "intravitreal", "intrathecal", "intramuscular");

    private final Cues cues;
    private final CoinedWords coined;

    UseContextNames(Cues cues, CoinedWords coined) {
        this.cues = cues;
        this.coined = coined;
    }

    void recognize(Sentence s, int i, List<Mention> out) {
        soldAs(s, i, out);
        if (s.lower(i).equals("placebo")) {
            int link = i - 1;
            while (link > 0 && PLACEBO_FILLERS.contains(s.lower(link))) {
                link--;
            }
            if (ARM_LINKS.contains(s.lower(link))) {
                addIfUnknown(s, link - 1, "context-placebo", out);
            }
            if (ARM_LINKS.contains(s.lower(i + 1))) {
                addIfUnknown(s, i + 2, "context-placebo", out);
            }
        }
        if (TAKING_VERBS.contains(s.lower(i)) && i + 1 < s.size() && coined.isCoined(s.token(i + 1), false)
                && !s.lower(i + 1).equals("placebo")) {
            out.add(contextDrug(s, i + 1, "context-taken"));
            if ((s.lower(i + 2).equals("or") || s.lower(i + 2).equals("and")) && endsNounPhrase(s, i + 4)) {
                addIfUnknown(s, i + 3, "context-taken", out); // "taking nintedanib or pirfenidone", not "or similar drugs"
            }
        }
        boolean trial = s.lower(i).equals("trial") || s.lower(i).equals("trials");
        if (trial && s.lower(i + 1).equals("of") && i + 2 < s.size() && coined.isCoined(s.token(i + 2), false)) {
            out.add(contextDrug(s, i + 2, "context-trial-of")); // "a trial of dexpramipexole in ALS": a trial tests a drug
        }
        boolean passive = s.lower(i).equals("was") || s.lower(i).equals("were");
        if (passive && PASSIVE_USES.contains(s.lower(i + 1))) {
            addIfUnknown(s, i - 1, "context-taken", out); // "Afamelanotide was stopped before bitopertin was started"
        }
        int partner = ROUTES.contains(s.lower(i + 1)) ? i + 2 : i + 1;
        boolean given = s.lower(i).equals("with") && GIVING_BEFORE_WITH.contains(s.lower(i - 1))
                && !s.lower(partner).endsWith("therapy"); // "given with temozolomide"
        boolean joining = JOINING_WORDS.contains(s.lower(i)) || given
                || s.lower(i).equals("with") && JOINING_BEFORE_WITH.contains(s.lower(i - 1));
        if (joining && !modifiesNextNoun(s, partner)) {
            addIfUnknown(s, partner, "context-joined", out);
            int second = partner + 2; // "combined with cytarabine and mitoxantrone": both partners are drugs
            boolean listed = s.lower(partner + 1).equals("and") || s.lower(partner + 1).equals("or");
            if (listed && endsNounPhrase(s, second + 1) && !s.lower(second).endsWith("therapy")) {
                addIfUnknown(s, second, "context-joined", out);
            }
        }
    }

    /**
     * "Brensocatib, sold as Brinsupri, blocks": only a medicine is sold under a brand, so the name before is a drug
     * ({@link BrandNames} makes the brand its alias); not "The company, sold as Apex Holdings,".
     */
    private void soldAs(Sentence s, int i, List<Mention> out) {
        if (i >= 2 && BrandNames.introducesBrand(s, i) && s.lower(i - 1).equals(",")
                && i + 2 < s.size() && s.token(i + 2).isCapitalised() && isNameToken(s.token(i - 2))
                && coined.isCoined(s.token(i - 2), true)) {
            out.add(contextDrug(s, i - 2, "context-brand"));
        }
    }

    /** Endings of adjectives: "surgical", "intravenous", "supportive", "pulmonary". */
    private static final java.util.regex.Pattern ADJECTIVE_ENDING = java.util.regex.Pattern.compile(
            "\\p{Ll}+(ic|al|ous|ive|ary)");

    /** "combined with surgical drainage": an adjective before a noun joins a procedure, not a drug. */
    private static boolean modifiesNextNoun(Sentence s, int k) {
        return k + 1 < s.size() && ADJECTIVE_ENDING.matcher(s.token(k).text()).matches()
                && s.token(k + 1).text().chars().allMatch(Character::isLowerCase) && s.token(k + 1).pos().equals("NOUN");
    }

    /** Whether the noun phrase ends before token k: "taking X or Y, and", "taking X or Y alongside". */
    private static boolean endsNounPhrase(Sentence s, int k) {
        if (k >= s.size()) {
            return true;
        }
        String pos = s.token(k).pos();
        return s.token(k).isPunctuation() || pos.equals("ADP") || pos.equals("CCONJ") || pos.equals("AUX");
    }

    /** A name set against placebo may have any ending but no known word's: "ulotaront" ends as "important" does. */
    private void addIfUnknown(Sentence s, int k, String method, List<Mention> out) {
        if (k < 0 || k >= s.size()) {
            return;
        }
        Token t = s.token(k);
        // "in combination with platinum-based chemotherapy": a word joined to the next modifies it
        if (isNameToken(t) && coined.isUnknownWord(t, k == 0 || s.token(k - 1).isPunctuation()) && !s.isJoiningHyphen(k + 1)
                && !cues.is(Category.DRUG_NOUN, Lemmatizer.singular(t.lower()))) {
            out.add(isPluralNoun(t) ? MentionRecognizer.mention(s, k, k + 1, EntityType.DRUG_CLASS, t.lower(), null,
                    CLASS_CONFIDENCE, method, false) : contextDrug(s, k, method));
        }
    }

    private static final double CLASS_CONFIDENCE = 0.6;

    /**
     * "Do not take it together with antacids": a plural common noun joined to a drug names a class of drugs, as no
     * drug's own name is plural ("sirolimus" and "tacrolimus" end as singulars do).
     */
    private static boolean isPluralNoun(Token t) {
        String w = t.text();
        return w.equals(t.lower()) && !Lemmatizer.singular(w).equals(w) && !w.endsWith("us") && !w.endsWith("is")
                && !w.endsWith("ss");
    }

}
