package org.litkg.recognition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.litkg.analysis.Sentence;

/**
 * Names used again in short: a defined short form, an organisation's distinctive word ("Karolinska"), a person's
 * surname alone ("Vashchenko", "Professor Halvorsen-Diallo") after the name in full.
 */
final class LaterUses {

    private LaterUses() {
    }

    /** Short forms used again, and first words of organisations / last names of people used alone. */
    static void add(List<Sentence> sentences, List<List<Mention>> mentions, Map<String, Mention> shortForms,
                                     java.util.Set<String> defined, List<AliasDetector.Alias> aliases, Cues cues) {
        Map<String, Mention> partial = new HashMap<>(shortForms);
        Map<String, Mention> headless = new java.util.LinkedHashMap<>();
        Map<String, Mention> givenNames = new HashMap<>(); // "Amina" for Amina Clarke-Odum, in a blog's familiar use
        java.util.Set<String> sharedGivenNames = new java.util.HashSet<>();
        java.util.Set<String> initialisms = new java.util.HashSet<>();
        Map<String, Mention> fullNames = new HashMap<>(); // "Lena Vogt" in a heading before "Dr. Lena Vogt heads"
        Map<String, Mention> possessives = new HashMap<>();
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                String[] words = m.text().split("\\s+");
                String last = words[words.length - 1];
                boolean headLast = (words.length >= 3 || NameRuns.LEGAL_FORMS.contains(last) && words.length == 2)
                        && cues.is(Cues.Category.ORG_HEAD, last);
                if (m.type() == EntityType.ORGANIZATION && headLast) {
                    headless.putIfAbsent(m.text().substring(0, m.text().lastIndexOf(' ')), m); // "San Raffaele" (Hospital)
                    String saints = possessivePrefix(words, cues); // "St James's" (University Hospital)
                    if (!saints.isEmpty()) {
                        possessives.putIfAbsent(saints, m);
                    }
                }
                if (m.type().kind() == EntityType.Kind.ORGANIZATION && words.length >= 2) {
                    String initialism = initialism(words, cues);
                    if (initialism.length() >= MIN_INITIALISM) {
                        partial.putIfAbsent(initialism, m); // "CTVR" for the Centre for Tropical Vaccine Research
                        initialisms.add(initialism);
                    }
                    for (String w : words) {
                        if (OrganisationUses.isDistinctiveOrgWord(w, cues)) {
                            partial.putIfAbsent(w, m); // "Karolinska", "Crick" for the Francis Crick Institute
                        }
                    }
                } else if (m.type() == EntityType.PERSON && words.length >= 2) {
                    fullNames.putIfAbsent(m.text(), m);
                    partial.putIfAbsent(words[words.length - 1], m);
                    for (String given : givenAndFamiliar(words[0])) {
                        Mention earlier = givenNames.putIfAbsent(given, m);
                        if (earlier != null && !earlier.text().equals(m.text())) {
                            sharedGivenNames.add(given); // two people's: it names neither
                        }
                    }
                }
            }
        }
        givenNames.keySet().removeAll(sharedGivenNames);
        Map<String, Mention> tails = OrganisationUses.tailsOf(headless.values());
        java.util.Set<String> companies = OrganisationUses.companyShortNames(sentences, mentions);
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<Mention> ms = mentions.get(si);
            boolean added = OrganisationUses.addHeadlessOrgNames(s, ms, headless, aliases);
            added |= OrganisationUses.addDefiniteOrgTails(s, ms, tails, aliases);
            for (int k = 0; k < s.size(); k++) {
                int fullEnd = fullNameEnd(s, k, ms, fullNames);
                if (fullEnd > k) { // a person's whole name where nothing recognised it: "Five questions for Lena Vogt"
                    int from = k;
                    int to = fullEnd;
                    ms.removeIf(m -> m.from() >= from && m.to() <= to); // "Lena" a drug's brand, "Vogt" her surname
                    AliasDetector.addUse(s, k, fullEnd, fullNames.get(s.textOf(k, fullEnd)), 0.9, ms, aliases);
                    added = true;
                    k = fullEnd - 1;
                    continue;
                }
                int saints = possessiveNameEnd(s, k, ms, possessives);
                if (saints > k) { // "a consultant at St James's", after "St James's University Hospital"
                    Mention org = possessives.get(s.textOf(k, saints));
                    if (AliasDetector.covered(ms, k)) {
                        sameNameAlone(ms, k, saints - 1, org, aliases); // what was read as "St James"
                    } else {
                        AliasDetector.addUse(s, k, saints, org, 0.9, ms, aliases);
                        added = true;
                    }
                    k = saints - 1;
                    continue;
                }
                int end = hyphenatedEnd(s, k); // "Halvorsen-Diallo", which the tokenizer cut at its hyphen
                boolean series = end == k + 1 && WordShapedNames.withSeriesLetter(s, k + 1) == k + 2;
                if (series && shortForms.containsKey(s.textOf(k, k + 2))) {
                    end = k + 2; // "Lichenamide C has not been tested", after "a compound called lichenamide C"
                }
                Mention longForm = end > k + 1 ? partial.get(s.textOf(k, end)) : null;
                if (longForm != null && longForm.type() == EntityType.PERSON) {
                    if (AliasDetector.covered(ms, k)) {
                        sameNameAlone(ms, k, end, longForm, aliases); // "Professor Halvorsen-Diallo is honoured"
                    } else if (s.token(k).isCapitalised()) {
                        AliasDetector.addUse(s, k, end, longForm, 0.9, ms, aliases);
                        added = true;
                    }
                    k = end - 1;
                    continue;
                }
                if (longForm != null && shortForms.containsKey(s.textOf(k, end)) && !AliasDetector.covered(ms, k)) {
                    AliasDetector.addUse(s, k, end, longForm, 0.9, ms, aliases); // "4E9-Fc" again, cut at its hyphen
                    added = true;
                    k = end - 1;
                    continue;
                }
                longForm = partial.get(s.token(k).text());
                if (longForm == null && isGivenNameUse(s, k, ms, givenNames, cues)) {
                    AliasDetector.addUse(s, k, k + 1, givenNames.get(s.token(k).text()), 0.8, ms, aliases);
                    added = true;
                    continue;
                }
                if (longForm == null) {
                    continue;
                }
                if (AliasDetector.covered(ms, k)) {
                    // "a trial run by Vertex" after "Vertex Pharmaceuticals"
                    sameNameAlone(ms, k, k + 1, longForm, aliases);
                    String w = s.token(k).text();
                    boolean initials = initialisms.contains(w) && !shortForms.containsKey(w); // "CTVR", not a receptor
                    retypedByContext(s, ms, k, initials ? longForm : shortForms.get(w), defined.contains(w) || initials,
                            aliases);
                    continue;
                }
                boolean shortForm = shortForms.containsKey(s.token(k).text()) || initialisms.contains(s.token(k).text());
                String next = s.lower(k + 1);
                // "led the work at the Crick." (not "at the Harbour clinic", a noun the word modifies)
                boolean definite = s.lower(k - 1).equals("the")
                        && (k + 1 == s.size() || s.token(k + 1).isPunctuation());
                String previous = definite ? s.lower(k - 2) : s.lower(k - 1);
                boolean possessive = k + 1 < s.size() && s.token(k + 1).isPossessive();
                // not a word inside a post's capitalised title: "Senior Medicines Information Pharmacist"
                boolean titleWord = k > 0 && k + 1 < s.size() && s.token(k - 1).isCapitalised() && s.token(k + 1).isCapitalised();
                boolean orgUse = longForm.type().kind() == EntityType.Kind.ORGANIZATION
                        && (cues.is(Cues.Category.RESEARCHER_NOUN, org.litkg.analysis.Lemmatizer.singular(next)) || possessive
                        || cues.isRoleNoun(next) && !titleWord // "Ogo Egbuna, a Vertex nephrologist"
                        || previous.equals("at") || previous.equals("from"));
                boolean personUse = longForm.type() == EntityType.PERSON && s.token(k).isCapitalised();
                if (shortForm || orgUse || personUse || OrganisationUses.isCompanyUse(s, k, companies)) {
                    AliasDetector.addUse(s, k, k + 1, longForm, 0.9, ms, aliases);
                    added = true;
                }
            }
            if (added) {
                ms.sort(java.util.Comparator.comparingInt(Mention::from));
            }
        }
    }

    /**
     * The words of an organisation's name up to its possessive word, where only head words follow it ("St James's"
     * in "St James's University Hospital"), which stand for the whole; else "".
     */
    private static String possessivePrefix(String[] words, Cues cues) {
        for (int w = 1; w + 1 < words.length; w++) {
            if (words[w].endsWith("'s") || words[w].endsWith("’s")) {
                for (int h = w + 1; h < words.length; h++) {
                    if (!cues.is(Cues.Category.ORG_HEAD, words[h])) {
                        return "";
                    }
                }
                return String.join(" ", java.util.Arrays.copyOfRange(words, 0, w + 1));
            }
        }
        return "";
    }

    /** The end of an organisation's possessive short name ("St James's") starting at k, past its "'s"; else k. */
    private static int possessiveNameEnd(Sentence s, int k, List<Mention> ms, Map<String, Mention> possessives) {
        for (int end = Math.min(s.size(), k + FULL_NAME_TOKENS); end > k + 1 && !possessives.isEmpty(); end--) {
            // not inside the whole name: "St James's University Hospital" itself
            boolean inWhole = AliasDetector.covered(ms, end - 1) || AliasDetector.covered(ms, end);
            if (s.token(end - 1).isPossessive() && !inWhole && possessives.containsKey(s.textOf(k, end))) {
                return end;
            }
        }
        return k;
    }

    /** Longest a person's name may run, in tokens, to be found again whole. */
    private static final int FULL_NAME_TOKENS = 4;

    /**
     * The end of a person's whole name starting, capitalised, at k, where no mention spans it whole or runs past it
     * (only names read inside it: "Lena" a drug's brand, "Vogt" her surname); else k.
     */
    private static int fullNameEnd(Sentence s, int k, List<Mention> ms, Map<String, Mention> fullNames) {
        if (fullNames.isEmpty() || !s.token(k).isCapitalised()) {
            return k;
        }
        for (int end = Math.min(s.size(), k + FULL_NAME_TOKENS); end > k + 1; end--) {
            boolean named = fullNames.containsKey(s.textOf(k, end)) && !s.token(end - 1).isPunctuation();
            if (named && onlyInside(ms, k, end)) {
                return end;
            }
        }
        return k;
    }

    /** Whether every mention over tokens from..to lies inside them and none spans them whole. */
    private static boolean onlyInside(List<Mention> ms, int from, int to) {
        for (Mention m : ms) {
            boolean overlaps = m.from() < to && m.to() > from;
            if (overlaps && (m.from() < from || m.to() > to || m.from() == from && m.to() == to)) {
                return false;
            }
        }
        return true;
    }

    /** The fewest letters an organisation's initials may have to stand for it alone: "CTVR", "NIH". */
    private static final int MIN_INITIALISM = 3;

    /**
     * An organisation's initials, written without brackets after its name ("researchers at CTVR" for the Centre for
     * Tropical Vaccine Research): the first letters of its capitalised words, past the connectors a name runs through
     * ("of", "and", "de"; {@link NameRuns}); "" where a word is neither.
     */
    static String initialism(String[] words, Cues cues) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)) {
                b.append(w.charAt(0));
            } else if (!cues.is(Cues.Category.NAME_CONNECTOR, w) && !cues.is(Cues.Category.NAME_PARTICLE, w)) {
                return "";
            }
        }
        return b.toString();
    }

    /** The shortest a given name must be for its first letters to be a familiar form: "Samuel", "Tomas". */
    private static final int SHORTENED_NAME_LETTERS = 5;
    /** How many first letters a familiar form keeps: "Sam" for Samuel, "Alex" for Alexander. */
    private static final int[] FAMILIAR_LETTERS = {3, 4};

    /** A given name and the familiar forms made of its first letters: "Samuel", "Sam", "Samu". */
    private static List<String> givenAndFamiliar(String given) {
        List<String> forms = new java.util.ArrayList<>(List.of(given));
        if (given.length() >= SHORTENED_NAME_LETTERS && given.chars().allMatch(Character::isLetter)) {
            for (int n : FAMILIAR_LETTERS) {
                if (given.length() >= n + 2) {
                    forms.add(given.substring(0, n));
                }
            }
        }
        return forms;
    }

    /**
     * "with Amina as first author" after "Dr. Amina Clarke-Odum": a person's given name alone, within a sentence (a
     * sentence's first word may be any capitalised word, so there the tagger must call it a noun and a verb follow it),
     * not followed by a surname, and neither a month nor a word that is no name, stands for the one person of the
     * document who has it.
     */
    private static boolean isGivenNameUse(Sentence s, int k, List<Mention> ms, Map<String, Mention> givenNames, Cues cues) {
        String w = s.token(k).text();
        Mention person = givenNames.get(w);
        String pos = s.token(k).pos();
        String next = k + 1 < s.size() ? s.token(k + 1).pos() : "";
        // "Amina came to Leeds in 1989"
        boolean opensClause = k == 0 && (pos.equals("PROPN") || pos.equals("NOUN")) && (next.equals("VERB") || next.equals("AUX"));
        // "Amara and I shared"; a line cut after "Diet and" has no third token
        opensClause |= k == 0 && s.lower(1).equals("and") && s.size() > 2 && s.token(2).text().equals("I");
        return person != null && (k > 0 || opensClause) && s.token(k).isCapitalised() && !AliasDetector.covered(ms, k)
                && !(k + 1 < s.size() && s.token(k + 1).isCapitalised()) && !cues.is(Cues.Category.NOT_A_NAME, w)
                && !MonthNames.FIRST_NAMES.contains(w);
    }

    /**
     * "a trial run by Vertex" after "Vertex Pharmaceuticals", "Professor Marchetti's group" after "Hélène Marchetti": a
     * one-word mention of an organisation's distinctive word or a person's surname, already typed by its context, is
     * the organisation or person named in full; so is an organisation's name cut short after its head ("the Brennock
     * Institute" after "the Brennock Institute of Oncology").
     */
    private static void sameNameAlone(List<Mention> ms, int k, int end, Mention longForm, List<AliasDetector.Alias> aliases) {
        EntityType.Kind kind = longForm.type().kind();
        if (kind != EntityType.Kind.ORGANIZATION && kind != EntityType.Kind.PERSON) {
            return;
        }
        for (Mention m : ms) {
            // "the Brennock Institute" (of Oncology), but not "University of Michigan" (Medical School), another body
            boolean alone = m.to() == end || kind == EntityType.Kind.ORGANIZATION
                    && (longForm.text().startsWith(m.text() + " of ") || longForm.text().startsWith(m.text() + " for "));
            if (m.from() == k && alone && m != longForm && m.type().kind() == kind) {
                aliases.add(new AliasDetector.Alias(longForm, m));
            }
        }
    }

    /**
     * "In EV-302, patients received ... confused EV-302 with": a word its shape alone typed (a drug's code) is what its
     * context showed it to be elsewhere in the document (a trial); a drug's bracketed code ("X (RP1)") stays the drug.
     * A term the text {@code defined} in quotes ('(the "Company")') is its definition's, whatever typed the word: "the
     * Company's annual report" names no journal.
     */
    private static void retypedByContext(Sentence s, List<Mention> ms, int k, Mention named, boolean defined,
                                         List<AliasDetector.Alias> aliases) {
        for (int i = 0; named != null && i < ms.size(); i++) {
            Mention m = ms.get(i);
            boolean byShape = m.method().equals("shape") && (named.method().startsWith("context-")
                    || named.type() == EntityType.DRUG);
            if (m.from() == k && m.to() == k + 1 && m.type() != named.type() && (defined || byShape)) {
                Mention use = m.withType(named.type());
                ms.set(i, use);
                aliases.add(new AliasDetector.Alias(named, use));
            }
        }
    }

    /** The end of a word the tokenizer cut at its hyphens, written without spaces from token k ("Ben-Haim"); else k + 1. */
    static int hyphenatedEnd(Sentence s, int k) {
        int end = k + 1;
        while (end + 1 < s.size() && s.lower(end).equals("-")
                && s.token(end).span().start() == s.token(end - 1).span().end()
                && s.token(end + 1).span().start() == s.token(end).span().end()) {
            end += 2;
        }
        return end;
    }
}
