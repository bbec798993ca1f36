package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;
import org.litkg.recognition.Cues.Category;

/**
 * Drugs named by who makes them: "Belzutifan, developed by Merck, binds HIF-2α". Kept apart from
 * {@link DrugContextRecognizer}, whose contexts are the words for drugs themselves.
 */
final class MakerRecognizer implements MentionRecognizer {

    private final Cues cues;
    private final CoinedWords coined;

    MakerRecognizer(Cues cues, Predicate<String> isVerbForm) {
        this.cues = cues;
        this.coined = new CoinedWords(cues, isVerbForm);
    }

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        developedBy(s, out);
        makerThatMakes(s, out);
        apposedMaker(s, out);
    }

    /** Nouns for a drug's maker that a company's name is apposed to: "the drug's maker, ACB,". */
    private static final Set<String> MAKER_NOUNS = Set.of("maker", "developer", "manufacturer", "drugmaker");

    /**
     * "the trials were run by the drug's maker, ACB, in 2021", "its maker Ayrmid said": capitalised words set off by
     * commas (or closing the sentence) after a maker noun, or right after an owned one and before a speech verb, name a
     * company, however short or unknown the name.
     */
    private void apposedMaker(Sentence s, List<Mention> out) {
        for (int k = 1; k + 2 < s.size(); k++) {
            boolean apposed = s.lower(k + 1).equals(",");
            boolean owned = s.lower(k - 1).equals("its") || s.lower(k - 1).equals("'s");
            int start = apposed ? k + 2 : k + 1;
            if (!MAKER_NOUNS.contains(s.lower(k)) || !(apposed || owned) || !s.token(start).isCapitalised()) {
                continue;
            }
            int end = start;
            while (end < s.size() && s.token(end).isCapitalised()) {
                end++;
            }
            boolean closed = s.lower(end).equals(",") || s.lower(end).equals(".") && end == s.size() - 1
                    || !apposed && QuotedSpeakers.SPEECH_VERBS.contains(s.lower(end));
            if (closed && end - start <= 4) {
                out.add(MentionRecognizer.mention(s, start, end, EntityType.ORGANIZATION, s.textOf(start, end), null,
                        0.75, "context-maker", false));
            }
        }
    }

    /** Present and past forms of making a drug, after "which" or "that". */
    private static final Set<String> MAKING = Set.of("makes", "made", "develops", "developed", "markets", "marketed",
            "sells", "discovered", "manufactures", "invented");
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "maker", "drugmaker", "biotech");

    /**
     * "Eli Lilly, which makes muvalaplin, has begun", "the company that developed vadadustat": a coined word a company
     * makes names a drug, the company being a capitalised name before the comma or a word for a company.
     */
    private void makerThatMakes(Sentence s, List<Mention> out) {
        for (int k = 2; k + 2 < s.size(); k++) {
            boolean relative = s.lower(k).equals("which") || s.lower(k).equals("that");
            if (!relative || !MAKING.contains(s.lower(k + 1))) {
                continue;
            }
            boolean company = s.lower(k - 1).equals(",") && s.token(k - 2).isCapitalised()
                    || COMPANY_NOUNS.contains(s.lower(k - 1));
            Token name = s.token(k + 2);
            if (company && coined.isCoined(name, false)) {
                out.add(MentionRecognizer.mention(s, k + 2, k + 3, EntityType.DRUG, name.lower(), null, 0.7,
                        "context-maker", false));
            }
        }
    }

    /**
     * "Belzutifan, developed by Merck, binds HIF-2α", "Seladelpar, from Gilead Sciences, switches on", "it approved
     * elafibranor, made by Ipsen, which": a coined word followed by a company's part in making it (a maker verb and
     * "by", or "from", and a capitalised name) names a drug; capitalised only where it opens the sentence.
     */
    private void developedBy(Sentence s, List<Mention> out) {
        for (int i = 0; i + 4 < s.size(); i++) {
            boolean soldAs = s.lower(i + 2).equals("sold") && s.lower(i + 3).equals("as") && s.lower(i + 5).equals("and");
            int verb = soldAs ? i + 6 : i + 2;
            boolean madeBy = cues.is(Category.MAKER_VERB, s.lower(verb)) && s.lower(verb + 1).equals("by");
            int maker = madeBy ? verb + 2 : s.lower(verb).equals("from") ? verb + 1 : -1; // "X, sold as Y and made by Z"
            if (!s.lower(i + 1).equals(",") || maker < 0 || !isCompanyAt(s, maker, !madeBy)) {
                continue;
            }
            Token name = s.token(i);
            if (coined.isCoined(name, i == 0)) {
                out.add(MentionRecognizer.mention(s, i, i + 1, EntityType.DRUG, name.lower(), null, 0.7, "context-maker",
                        false));
            }
        }
    }

    /** A capitalised name at k, not a cell ("made by B cells"); after "from", one closed by a comma within four words. */
    private static boolean isCompanyAt(Sentence s, int k, boolean closed) {
        String w = s.token(k).text();
        if (!Character.isUpperCase(w.charAt(0)) || w.length() < 3 || s.lower(k + 1).startsWith("cell")) {
            return false;
        }
        int end = k + 1;
        while (end < s.size() && end - k < 4 && !s.token(end).isPunctuation() && s.token(end).isCapitalised()) {
            end++;
        }
        return !closed || s.lower(end).equals(",");
    }
}
