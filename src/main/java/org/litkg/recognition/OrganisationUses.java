package org.litkg.recognition;

import java.util.List;
import java.util.Map;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.AliasDetector.Alias;

/**
 * Later uses of an organisation's full name: without its head word ("at San Raffaele"), as "the" and its last words
 * ("the medical center"), or as one distinctive word of it ("Vertex" for Vertex Pharmaceuticals; the one-word
 * mention found by its context is joined to the full name in {@link AliasDetector}), a company's short name wherever it
 * stands alone.
 */
final class OrganisationUses {

    private OrganisationUses() {
    }

    /**
     * "at San Raffaele" for San Raffaele Hospital: an organisation's name without its final head word
     * ({@code headless}, from the whole document), used after "at" or "from", names it; so does a company's name
     * without its legal form ("S.A.", "Inc."), wherever it stands. Returns whether the sentence gained a mention.
     */
    static boolean addHeadlessOrgNames(Sentence s, List<Mention> ms, Map<String, Mention> headless, List<Alias> aliases) {
        boolean added = false;
        for (Map.Entry<String, Mention> e : headless.entrySet()) {
            int n = e.getKey().split(" ").length;
            String full = e.getValue().text();
            boolean company = NameRuns.LEGAL_FORMS.contains(full.substring(full.lastIndexOf(' ') + 1));
            for (int k = 1; k + n <= s.size(); k++) {
                boolean after = company || s.lower(k - 1).equals("at") || s.lower(k - 1).equals("from");
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
    /** The last words of a company's name that its short name drops: "Pharmaceuticals", "Therapeutics". */
    static final java.util.Set<String> COMPANY_KINDS = java.util.Set.of("pharmaceuticals", "pharmaceutical", "pharma",
            "therapeutics", "biosciences", "biotherapeutics", "biotech", "biopharma", "biopharmaceuticals",
            "biopharmaceutics", "biologics", "bio", "genomics");

    /**
     * The short names of the companies a document names in full: the word before the company's kind ("Hengrui" of
     * Jiangsu Hengrui Pharmaceuticals, "CStone" of CStone Pharmaceuticals), unless the document also writes it in lower
     * case, as a word of the language ("Harbour" where "the harbour" is a place).
     */
    static java.util.Set<String> companyShortNames(List<Sentence> sentences, List<List<Mention>> mentions) {
        java.util.Set<String> shortNames = new java.util.HashSet<>();
        java.util.Set<String> lowerCase = new java.util.HashSet<>();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            s.tokens().forEach(t -> lowerCase.add(t.text()));
            for (Mention m : mentions.get(si)) {
                if (m.type() == EntityType.ORGANIZATION && !m.anaphoric() && m.length() >= 2
                        && COMPANY_KINDS.contains(s.lower(m.to() - 1))) {
                    shortNames.add(s.token(m.to() - 2).text());
                }
            }
        }
        shortNames.removeIf(w -> lowerCase.contains(w.toLowerCase(java.util.Locale.ROOT)));
        return shortNames;
    }

    /**
     * "it is run by Hengrui in China": a company's short name standing alone (no capitalised word on either side, not
     * opening the sentence, which any capitalised word may) is the company.
     */
    static boolean isCompanyUse(Sentence s, int k, java.util.Set<String> shortNames) {
        return k > 0 && shortNames.contains(s.token(k).text()) && !s.token(k - 1).isCapitalised()
                && (k + 1 == s.size() || !s.token(k + 1).isCapitalised());
    }

    static boolean isDistinctiveOrgWord(String w, Cues cues) {
        return w.length() >= 4 && Character.isUpperCase(w.charAt(0)) && !cues.is(Cues.Category.ORG_HEAD, w)
                && !cues.is(Cues.Category.ORG_MODIFIER, w) && !cues.is(Cues.Category.NOT_A_NAME, w)
                && !cues.is(Cues.Category.NAME_CONNECTOR, w.toLowerCase(java.util.Locale.ROOT));
    }
}
