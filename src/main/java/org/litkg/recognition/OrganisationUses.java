package org.litkg.recognition;

import java.util.List;
import java.util.Map;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.AliasDetector.Alias;

/**
 * Later uses of an organisation's full name: without its head word ("at San Raffaele"), as "the" and its last words
 * ("the medical center"), or as one distinctive word of it ("Vertex" for Vertex Pharmaceuticals).
 */
final class OrganisationUses {

    private OrganisationUses() {
    }

    /**
     * A one-word organisation found on its own ("run by Vertex") that is a distinctive word of an organisation named in
     * full in the document ("Vertex Pharmaceuticals") is that organisation.
     */
    static void sameOrgAlone(List<Mention> ms, int k, Mention longForm, List<Alias> aliases) {
        for (Mention m : ms) {
            if (m.from() == k && m.to() == k + 1 && m != longForm && m.type().kind() == EntityType.Kind.ORGANIZATION
                    && longForm.type().kind() == EntityType.Kind.ORGANIZATION) {
                aliases.add(new Alias(longForm, m));
            }
        }
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
                Mention org = e.getValue();
                Mention use = MentionRecognizer.mention(s, k, k + n, org.type(), s.textOf(k, k + n), org.lexiconId(),
                        org.confidence() * 0.9, "alias", false);
                ms.add(use);
                aliases.add(new Alias(org, use));
                added = true;
            }
        }
        return added;
    }

    /**
     * "a nephrologist at the medical center" after "the University of Mississippi Medical Center": "the" and the
     * lower-case last words of one organisation's name (two at least, ending in its head word) name it. Returns
     * whether the sentence gained a mention.
     */
    static boolean addDefiniteOrgTails(Sentence s, List<Mention> ms, java.util.Collection<Mention> orgs,
                                       List<Alias> aliases) {
        boolean added = false;
        for (int k = 1; k + TAIL_WORDS < s.size(); k++) {
            if (!s.lower(k - 1).equals("the") || AliasDetector.covered(ms, k) || s.token(k).isCapitalised()
                    || s.token(k + TAIL_WORDS).isCapitalised()) {
                continue;
            }
            String words = s.textOf(k, k + TAIL_WORDS).toLowerCase(java.util.Locale.ROOT);
            List<Mention> named = orgs.stream().filter(org -> lastWords(org.text(), TAIL_WORDS).equals(words))
                    .filter(distinctText()).toList();
            if (named.size() == 1) { // two organisations that end so ("the medical center") leave it unnamed
                Mention use = MentionRecognizer.mention(s, k, k + TAIL_WORDS, named.get(0).type(), s.textOf(k, k + TAIL_WORDS),
                        named.get(0).lexiconId(), named.get(0).confidence() * 0.8, "alias", false);
                ms.add(use);
                aliases.add(new Alias(named.get(0), use));
                added = true;
            }
        }
        return added;
    }

    private static final int TAIL_WORDS = 2;

    private static String lastWords(String name, int n) {
        String[] words = name.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - n), words.length));
    }

    private static java.util.function.Predicate<Mention> distinctText() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return m -> seen.add(m.text());
    }

    /** A word of an organisation's name that can stand for it alone: not a head, modifier, connector or common word. */
    static boolean isDistinctiveOrgWord(String w, Cues cues) {
        return w.length() >= 4 && Character.isUpperCase(w.charAt(0)) && !cues.is(Cues.Category.ORG_HEAD, w)
                && !cues.is(Cues.Category.ORG_MODIFIER, w) && !cues.is(Cues.Category.NOT_A_NAME, w)
                && !cues.is(Cues.Category.NAME_CONNECTOR, w.toLowerCase(java.util.Locale.ROOT));
    }
}
