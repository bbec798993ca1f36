package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;

/**
 * Diseases that only their context names: "prurigo nodularis, a skin disease that ...", "HLH is a rare
 * disorder". The words before the apposed (or predicated) disease noun are the disease's name, whatever
 * their shape, when they are content words that no other category claims.
 */
public final class DiseaseContextRecognizer implements MentionRecognizer {

    private static final Set<String> DISEASE_NOUNS = Set.of("disease", "disorder", "syndrome", "condition", "illness");
    private static final Set<String> LINKS = Set.of(",", "is", "—", "(");
    private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "PROPN", "ADJ", "X");
    /** Who has a disease, never the disease: "In mice, a disease model". */
    private static final Set<String> HOSTS = Set.of("patients", "people", "children", "adults", "mice", "women", "men",
            "animals", "rats", "humans", "infants", "volunteers");
    private static final int MAX_NAME_WORDS = 3;
    private static final int MAX_MODIFIERS = 3;
    private final Cues cues;

    public DiseaseContextRecognizer(Cues cues) {
        this.cues = cues;
    }

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        for (int i = 3; i < s.size(); i++) {
            String after = s.token(Math.min(i + 1, s.size() - 1)).pos();
            boolean head = i + 1 == s.size() || !after.equals("NOUN") && !after.equals("PROPN");
            if (!DISEASE_NOUNS.contains(Lemmatizer.singular(s.lower(i))) || !head) { // not "a disease model"
                continue;
            }
            int article = articleBefore(s, i);
            if (article < 2) {
                continue;
            }
            String link = s.lower(article - 1);
            if (!LINKS.contains(link)) {
                continue;
            }
            int end = article - 1;
            if (link.equals("is") && s.lower(end - 1).equals(")") && s.lower(end - 3).equals("(")) {
                end -= 3; // "Paroxysmal nocturnal hemoglobinuria (PNH) is a rare blood disease": the name before its short form
            }
            int from = end;
            while (from > 0 && end - from < MAX_NAME_WORDS && isNameWord(s, from - 1)) {
                from--;
            }
            if (from < end && !isCellOrProteinWord(s.lower(end - 1))) {
                out.add(MentionRecognizer.mention(s, from, end, EntityType.DISEASE, s.textOf(from, end).toLowerCase(
                        java.util.Locale.ROOT), null, 0.6, "context-disease", false));
            }
        }
    }

    /** The index of the "a"/"an" opening the noun phrase that ends at {@code noun}, past a few modifiers; -1 if none. */
    private static int articleBefore(Sentence s, int noun) {
        for (int k = noun - 1; k >= Math.max(0, noun - 1 - MAX_MODIFIERS); k--) {
            String w = s.lower(k);
            if (w.equals("a") || w.equals("an")) {
                return k;
            }
            if (!CONTENT_TAGS.contains(s.token(k).pos())) {
                return -1;
            }
        }
        return -1;
    }

    /** A lower-case content word that could be part of a disease's name: "prurigo", "nodularis". */
    private boolean isNameWord(Sentence s, int k) {
        String w = k == 0 ? s.lower(k) : s.token(k).text(); // a sentence's first word is capitalised for the sentence
        return CONTENT_TAGS.contains(s.token(k).pos()) && w.length() >= 3 && w.chars().allMatch(Character::isLowerCase)
                && !cues.is(Category.STOP_MODIFIER, w) && !HOSTS.contains(w);
    }

    private boolean isCellOrProteinWord(String w) {
        String lemma = Lemmatizer.singular(w);
        return cues.isCellWord(lemma) || cues.is(Category.CELL_HEAD, lemma)
                || cues.is(Category.PROTEIN_NOUN, lemma) || cues.is(Category.DRUG_NOUN, lemma);
    }
}
