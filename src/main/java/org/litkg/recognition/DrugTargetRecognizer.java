package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;

/**
 * Proteins known only as what a drug acts on: "romosozumab, an antibody that binds sclerostin", "denosumab binds
 * RANKL", "a daily pill that also inhibits plasma kallikrein", "an antibody against plasma kallikrein". The object of
 * a binding or blocking verb whose subject is a drug, or of "antibody against", names a protein when it is a symbol or
 * a coined word (perhaps after one lower-case modifier); the name then carries through the document as other context
 * names do.
 */
final class DrugTargetRecognizer implements MentionRecognizer {

    /** A symbol with two capitals or more, perhaps in mixed case ("CETP", "MuSK", "TrkA"). */
    private static final Pattern SYMBOL = Pattern.compile("(?=.*[A-Z].*[A-Z])[A-Z][A-Za-z0-9]{2,6}");
    private static final Pattern MODIFIER = Pattern.compile("[a-z]{4,}");
    private static final int NOUN_REACH = 3;
    private static final int APPOSITION_WORDS = 5;

    private final Cues cues;
    private final CoinedWords coined;

    DrugTargetRecognizer(Cues cues, Predicate<String> isVerbForm) {
        this.cues = cues;
        this.coined = new CoinedWords(cues, isVerbForm);
    }

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        for (int v = 1; v + 1 < s.size(); v++) {
            // the lemma, not the tag: the tagger calls "binds" a noun
            boolean verb = ListAndTargetWords.TARGETING_VERBS.contains(s.token(v).lemma()) && drugSubject(s, v, out);
            boolean against = s.lower(v).equals("against") && Lemmatizer.singular(s.lower(v - 1)).equals("antibody");
            if (verb || against) {
                target(s, s.lower(v + 1).equals("the") ? v + 2 : v + 1, out);
            } else if (v + 2 < s.size() && s.lower(v + 1).equals("of")
                    && cues.is(Cues.Category.DRUG_CLASS_HEAD, Lemmatizer.singular(s.lower(v))) && drugPredicated(s, v, out)) {
                target(s, s.lower(v + 2).equals("the") ? v + 3 : v + 2, out); // "Avapritinib is an inhibitor of KIT"
            }
        }
    }

    /** A protein's name at k: a symbol or a coined word, or one lower-case word and a coined one ("plasma kallikrein"). */
    private void target(Sentence s, int k, List<Mention> out) {
        if (k >= s.size() || out.stream().anyMatch(m -> m.from() <= k && k < m.to())) {
            return;
        }
        Token t = s.token(k);
        boolean modified = k + 1 < s.size() && MODIFIER.matcher(t.text()).matches() && !isName(t)
                && isName(s.token(k + 1)) && endsPhrase(s, k + 2);
        int end = modified ? k + 2 : k + 1;
        boolean named = modified || endsPhrase(s, k + 1) && (SYMBOL.matcher(t.text()).matches() || isName(t));
        if (named) {
            out.add(MentionRecognizer.mention(s, k, end, EntityType.PROTEIN, s.textOf(k, end), null, 0.65, "context-protein",
                    false));
        }
    }

    /** A coined noun that is no noun for a protein: "sclerostin", not "receptor" ("binds the receptor"). */
    private boolean isName(Token t) {
        return coined.isCoined(t, false) && !t.pos().equals("ADJ") // not "inhibited vesicular uptake"
                && !DeclaredTypes.isProteinNoun(Lemmatizer.singular(t.lower()), cues);
    }

    /**
     * The end of the object's phrase: punctuation, a conjunction or an auxiliary ("antibodies against MuSK were
     * found"); not a hyphen ("antagonizes caffeine-induced anxiety" names no target) nor a possessive.
     */
    private static boolean endsPhrase(Sentence s, int k) {
        // nor a possessive: "blocks the bacterium's ATP synthase" names the enzyme, not the bacterium
        return k >= s.size() || s.token(k).isPunctuation() && !s.lower(k).equals("-") && !s.token(k).isPossessive()
                || s.lower(k).equals("and")
                || ShapeRecognizer.isAminoAcidSubstitution(s.token(k).text()) // "KIT D816V": a mutant of the protein
                || s.lower(k).equals("or") || s.token(k).pos().equals("AUX");
    }

    /**
     * A drug the nominal at v is said of: "Avapritinib is a selective inhibitor of", "Avapritinib, an inhibitor of":
     * a drug's name, then "is" or a comma, then an article and at most two modifiers.
     */
    private static boolean drugPredicated(Sentence s, int v, List<Mention> out) {
        int k = v - 1;
        while (k > 0 && v - k <= 2 && !s.token(k).isPunctuation() && Character.isLowerCase(s.token(k).text().charAt(0))
                && !Set.of("a", "an", "the").contains(s.lower(k))) {
            k--;
        }
        if (k < 2 || !Set.of("a", "an").contains(s.lower(k)) || !s.lower(k - 1).equals(",") && !s.lower(k - 1).equals("is")) {
            return false;
        }
        int nameEnd = k - 1;
        return out.stream().anyMatch(m -> m.to() == nameEnd && m.type() == EntityType.DRUG && !m.anaphoric());
    }

    /** A drug named right before the verb at v (perhaps before an apposition), or a drug noun and "that" before it. */
    private boolean drugSubject(Sentence s, int v, List<Mention> out) {
        int verb = ListAndTargetWords.TARGETING_ADVERBS.contains(s.lower(v - 1)) ? v - 1 : v; // "a daily pill that also inhibits"
        int end = verb;
        if (s.lower(verb - 1).equals(",")) {
            for (int k = verb - 2; k > 0 && k >= verb - 2 - APPOSITION_WORDS; k--) {
                if (s.lower(k).equals(",")) {
                    end = k; // "Denosumab, a different antibody, binds RANKL"
                    break;
                }
            }
        }
        int nameEnd = end;
        if (out.stream().anyMatch(m -> m.to() == nameEnd && m.type() == EntityType.DRUG && !m.anaphoric())) {
            return true;
        }
        if (!s.lower(verb - 1).equals("that") && !s.lower(verb - 1).equals("which")) {
            return false;
        }
        int named = s.lower(verb - 2).equals(",") ? verb - 2 : verb - 1; // "Upifitamab rilsodotin, which binds NaPi2b"
        if (out.stream().anyMatch(m -> m.to() == named && m.type() == EntityType.DRUG && !m.anaphoric())) {
            return true;
        }
        for (int k = verb - 2; k >= Math.max(0, verb - 2 - NOUN_REACH); k--) {
            if (cues.is(Cues.Category.DRUG_NOUN, Lemmatizer.singular(s.lower(k)))) { // "an antibody that binds"
                return true;
            }
        }
        return false;
    }
}
