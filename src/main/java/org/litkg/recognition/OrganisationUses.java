package org.litkg.recognition;

import java.util.List;
import java.util.Map;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.AliasDetector.Alias;

/**
 * Later uses of an organisation's full name: without its head word ("at San Raffaele"), as "the" and its last words
 * ("the medical center"), or as one distinctive word of it ("Vertex" for Vertex Pharmaceuticals; the one-word
 * mention found by its context is joined to the full name in {@link AliasDetector}).
 */
final class OrganisationUses {

    private OrganisationUses() {
    }

    /**
     * "at San Raffaele" for San Raffaele Hospital: an organisation's name without its final head word
     * ({@code headless}, from the whole document), used after "at" or "from", names it. Returns whether the
     * sentence gained a mention.
     */
    static boolean addHeadlessOrgNames(Sentence s, List<Mention> ms, Map<String, Mention> headless, List<Alias> aliases) {
        boolean added = false;
        for (Map.Entry<String, Mention> e : headless.entrySet()) {
            int n = e.getKey().split(" ").length;
            for (int k = 1; k + n <= s.size(); k++) {
                boolean after = s.lower(k - 1).equals("at") || s.lower(k - 1).equals("from");
                boolean nameEnds = k + n >= s.size() || !s.token(k + n).isCapitalised();
                if (!after || !nameEnds || AliasDetector.covered(ms, k) || !s.textOf(k, k + n).equals(e.getKey())) {
                    continue;
                }
                AliasDetector.addUse(s, k, k + n, e.getValue(), 0.9, ms, aliases);
                added = true;
            }
        }
        return added;
    }

    /** How many last words of an organisation's name "the" takes: "the medical center". */
    private static final int TAIL_WORDS = 2;

    /**
     * The lower-case last two words of each organisation's name (which ends in its head word), for the one
     * organisation whose name ends so; two that end alike ("the medical center") leave the tail out.
     */
    static Map<String, Mention> tailsOf(java.util.Collection<Mention> orgs) {
        Map<String, Mention> tails = new java.util.HashMap<>();
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (Mention org : orgs) {
            String[] words = org.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - TAIL_WORDS, words.length));
            Mention other = tails.putIfAbsent(tail, org);
            if (other != null && !other.text().equals(org.text())) {
                shared.add(tail);
            }
        }
        tails.keySet().removeAll(shared);
        return tails;
    }

    /**
     * "a nephrologist at the medical center" after "the University of Mississippi Medical Center": "the" and the
     * lower-case last two words of one organisation's name ({@link #tailsOf}) name it. Returns whether the sentence
     * gained a mention.
     */
    static boolean addDefiniteOrgTails(Sentence s, List<Mention> ms, Map<String, Mention> tails, List<Alias> aliases) {
        boolean added = false;
        for (int k = 1; k + TAIL_WORDS < s.size(); k++) {
            if (!s.lower(k - 1).equals("the") || AliasDetector.covered(ms, k) || s.token(k).isCapitalised()
                    || s.token(k + TAIL_WORDS).isCapitalised()) {
                continue;
            }
            Mention named = tails.get(s.textOf(k, k + TAIL_WORDS).toLowerCase(java.util.Locale.ROOT));
            if (named != null) {
                AliasDetector.addUse(s, k, k + TAIL_WORDS, named, 0.8, ms, aliases);
                added = true;
            }
        }
        return added;
    }

    /** A word of an organisation's name that can stand for it alone: not a head, modifier, connector or common word. */
    static boolean isDistinctiveOrgWord(String w, Cues cues) {
        return w.length() >= 4 && Character.isUpperCase(w.charAt(0)) && !cues.is(Cues.Category.ORG_HEAD, w)
                && !cues.is(Cues.Category.ORG_MODIFIER, w) && !cues.is(Cues.Category.NOT_A_NAME, w)
                && !cues.is(Cues.Category.NAME_CONNECTOR, w.toLowerCase(java.util.Locale.ROOT));
    }
}
