package org.litkg.recognition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.litkg.analysis.Sentence;

/**
 * Finds names the text declares to be one thing: "AMD3100 (plerixafor)", "fibrolamellar carcinoma (FLC)", "plerixafor,
 * known as AMD3100", "X, also called Y", 'X, Inc. (the "Company")'. A short form that the recogniser did not know
 * becomes a mention of the long form's type, here and wherever else it occurs in the document; so does a short form
 * of an organisation ("Cornell" for "Cornell University") or a person ("Sethupathy") used alone before "team",
 * "researchers", "said".
 */
public final class AliasDetector {

    /** Two mentions that name the same entity. */
    public record Alias(Mention a, Mention b) {
    }

    /** The detected aliases, with mentions the document's sentences gain from them. */
    public record Result(List<Alias> aliases, List<List<Mention>> mentions) {
    }

    private AliasDetector() {
    }

    public static Result detect(List<Sentence> sentences, List<List<Mention>> mentions, Cues cues) {
        List<Alias> aliases = new ArrayList<>();
        Map<String, Mention> shortForms = new HashMap<>();
        java.util.Set<String> defined = new java.util.HashSet<>();
        List<List<Mention>> updated = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<Mention> ms = new ArrayList<>(mentions.get(si));
            for (int mi = 0; mi < ms.size(); mi++) {
                Mention m = ms.get(mi);
                if (m.anaphoric()) {
                    continue;
                }
                addShortFormBefore(s, m, ms, aliases, shortForms); // "BTK (Bruton's tyrosine kinase)"
                if (DefinedTerms.define(s, m, ms, aliases, shortForms, defined)) {
                    continue; // 'Tessaline Therapeutics, Inc. (the "Company")'
                }
                int inner = innerStart(s, m.to());
                boolean orAcronym = s.lower(m.to()).equals(",") && s.lower(m.to() + 1).equals("or") && m.to() + 2 < s.size()
                        && isAcronymOf(s.token(m.to() + 2).text(), m.text()); // "calcitonin gene-related peptide, or CGRP"
                inner = inner < 0 && orAcronym ? m.to() + 2 : inner;
                inner = inner < 0 && DescribedNames.describedAfter(s, ms, m) ? m.to() + 2 : inner; // "ferroportin, the channel"
                inner = inner < 0 && DescribedNames.namedAfter(s, ms, m) ? m.to() + 1 : inner; // "the X receptor, IL-2Rβγ,"
                if (inner < 0 || inner >= s.size()) {
                    continue;
                }
                Mention named = mentionAt(ms, inner);
                if (named != null && !named.anaphoric() && compatible(m, named)) {
                    if (m.type().kind() == named.type().kind() && m.type() != named.type()) {
                        m = m.withType(m.type().moreSpecific(named.type())); // "Lymphotactin-2 (XCL2)": a chemokine
                        ms.set(mi, m);
                    }
                    aliases.add(new Alias(m, named));
                } else if (named != null && named.method().equals("shape") && named.length() == 1
                        && isShortFormCandidate(s, inner) && (isAcronymOf(s.token(inner).text(), m.text())
                        || DrugNameTokens.isBracketedCode(s, inner, m))) {
                    // "neurofibromatosis type 1 (NF1)": the text defines the symbol, whatever its shape suggested;
                    // "vusolimogene oderparepvec (RP1)": a drug's code name, though shaped like a gene's symbol
                    ms.remove(named);
                    addShortForm(s, inner, m, SHORT_FORM_CONFIDENCE, ms, aliases, shortForms);
                } else if (named == null && isShortFormCandidate(s, inner) && (isAcronymOf(s.token(inner).text(), m.text())
                        || capitalsStartWords(s.token(inner).text(), m.text())
                        || DrugNameTokens.isConjugateInitials(s.token(inner).text(), m) || !s.lower(inner - 1).equals("("))) {
                    addShortForm(s, inner, m, SHORT_FORM_CONFIDENCE, ms, aliases, shortForms);
                }
            }
            addUnknownLongForms(s, ms, aliases, shortForms);
            BrandNames.add(s, ms, aliases, shortForms);
            DescribedForms.add(s, ms, aliases); // "Steroid drips (methylprednisolone)"
            ms.sort(java.util.Comparator.comparingInt(Mention::from));
            updated.add(ms);
        }
        addContextNames(updated, shortForms);
        TitledSurnames.add(sentences, updated, cues); // "Margarethe Osei-Lindqvist", later "Professor Osei-Lindqvist"
        SurnameSpeakerLabels.add(sentences, updated); // "Dr Anja Brennecke", later "BRENNECKE:"
        LaterUses.add(sentences, updated, shortForms, defined, aliases, cues);
        KindCancerCells.add(sentences, updated, aliases); // "the leukaemia cells" of the one leukaemia named in full
        ContextPhraseUses.add(sentences, updated, aliases);
        return new Result(aliases, updated);
    }

    /**
     * "Vercirnon (CCX282-B)", "Tivumecirnon, also known as FLX475", "Eotaxin-1, also called CCL11": an
     * unknown word declared to be a drug's code name, or (in words) a known protein, is that drug or protein.
     * The word must open its noun phrase, and a drug's must look coined, not English ("treatment (AMD3100)").
     */
    private static void addUnknownLongForms(Sentence s, List<Mention> ms, List<Alias> aliases, Map<String, Mention> shortForms) {
        for (int k = 0; k + 1 < s.size(); k++) {
            int inner = innerStart(s, k + 1);
            Mention named = inner < 0 ? null : mentionAt(ms, inner);
            if (named == null || named.anaphoric() || covered(ms, k) || (k > 0 && !opensNounPhrase(s.token(k - 1)))) {
                continue; // in "1H benzoimidazole (A-381393)" the word ends a longer name
            }
            boolean drug = named.type() == EntityType.DRUG && named.text().chars().anyMatch(Character::isDigit)
                    && looksLikeCoinedName(s.token(k)); // "a sulfonylurea (gliclazide)" names a class
            boolean protein = named.type().kind() == EntityType.Kind.PROTEIN
                    && PROTEIN_NAME.matcher(s.token(k).text()).matches()
                    && !s.lower(inner - 1).equals("("); // "Eotaxin-1, also called CCL11"
            if (!drug && !protein) {
                continue;
            }
            String name = s.token(k).text().toLowerCase(java.util.Locale.ROOT);
            Mention longForm = MentionRecognizer.mention(s, k, k + 1, named.type(), name, named.lexiconId(),
                    named.confidence() * 0.9, "alias", false);
            ms.add(longForm);
            aliases.add(new Alias(longForm, named));
            shortForms.put(s.token(k).text(), longForm);
            shortForms.put(name, longForm);
        }
    }


    private static final java.util.Set<String> PROPAGATED_METHODS = java.util.Set.of("context-drug", "context-apposition",
            "context-trial", "context-protein", "context-approval", "context-maker", "context-blocker", "phrase-protein",
            "context-placebo", "context-taken", "context-agonist", "context-joined", "context-trial-of");

    /**
     * "Avacopan, an oral C5aR1 antagonist, ...": a one-word name that only its context showed to be a drug,
     * trial or protein names it wherever else it occurs in the document ("patients taking avacopan"), in either case.
     */
    private static void addContextNames(List<List<Mention>> mentions, Map<String, Mention> shortForms) {
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                boolean hyphened = m.length() > 1 && (m.type() == EntityType.DRUG || m.type() == EntityType.CLINICAL_TRIAL)
                        && !m.text().contains(" ");
                if (hyphened && PROPAGATED_METHODS.contains(m.method())) {
                    // "called 4E9-Fc", used again as "doses of 4E9-Fc"; "taking part in BRIGHT-UC", then "BRIGHT-UC was run by"
                    shortForms.putIfAbsent(m.text(), m);
                }
                boolean series = m.type() == EntityType.DRUG && WordShapedNames.isSeriesName(m.text());
                if (series && PROPAGATED_METHODS.contains(m.method())) {
                    // "called lichenamide C", then "Lichenamide C has not been tested": one compound of a series
                    shortForms.putIfAbsent(m.text(), m);
                    shortForms.putIfAbsent(Character.toUpperCase(m.text().charAt(0)) + m.text().substring(1), m);
                }
                if (PROPAGATED_METHODS.contains(m.method()) && m.length() == 1) {
                    String w = m.text();
                    shortForms.putIfAbsent(w, m);
                    if (w.length() > 1 && w.substring(1).chars().noneMatch(Character::isUpperCase)) {
                        shortForms.putIfAbsent(w.toLowerCase(java.util.Locale.ROOT), m);
                        shortForms.putIfAbsent(Character.toUpperCase(w.charAt(0)) + w.substring(1), m);
                    }
                }
            }
        }
    }

    /** A protein's word name, perhaps numbered: "eotaxin-1", "Fractalkine". */
    private static final java.util.regex.Pattern PROTEIN_NAME =
            java.util.regex.Pattern.compile("[A-Za-z][a-z]{4,}(-\\d{1,2})?");

    private static boolean opensNounPhrase(org.litkg.analysis.Token before) {
        String pos = before.pos();
        return before.isPunctuation() && !before.text().equals("-") || pos.equals("DET") || pos.equals("ADP")
                || pos.equals("VERB") || pos.equals("AUX") || pos.equals("CCONJ");
    }

    private static boolean looksLikeCoinedName(org.litkg.analysis.Token t) {
        String w = t.text();
        String pos = t.pos();
        return w.length() >= 6 && w.substring(1).chars().allMatch(Character::isLowerCase) && Character.isLetter(w.charAt(0))
                && !CoinedWords.looksEnglish(t.lower())
                && (pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ") || pos.equals("X"));
    }

    /** The second word of a code name's label in brackets written as two words: "(code name X)", "(code named X)". */
    private static final java.util.Set<String> CODE_NAME_WORDS = java.util.Set.of("name", "named");

    /** The token that starts a second name for the mention ending at {@code end}, or -1. */
    private static int innerStart(Sentence s, int end) {
        String next = s.lower(end);
        if (next.equals("(")) {
            int k = end + 1;
            if (s.lower(k).equals("also") || s.lower(k).equals("or")) {
                k++;
            }
            if (s.lower(k).equals("known") && s.lower(k + 1).equals("as")) {
                k += 2;
            } else if (s.lower(k).equals("called") || s.lower(k).equals("aka")) {
                k++;
            } else if (s.lower(k).equals("code") && CODE_NAME_WORDS.contains(s.lower(k + 1))) {
                k += 2; // "tesoparin (code name TQ-204)"
            } else if (s.lower(k).equals("codename") || s.lower(k).equals("code-named")) {
                k++;
            }
            return k;
        }
        if (next.equals(",")) {
            int k = end + 1;
            if (s.lower(k).equals("also")) {
                k++;
            }
            if (s.lower(k).equals("known") && s.lower(k + 1).equals("as")) {
                return k + 2;
            }
            if (s.lower(k).equals("called") || s.lower(k).equals("aka") || s.lower(k).equals("formerly")) {
                return k + 1;
            }
            if (BrandNames.introducesBrand(s, k)) {
                return k + 2; // "zolbetuximab, marketed as Vyloy": a brand name
            }
        }
        return -1;
    }

    /**
     * "BTK (Bruton's tyrosine kinase)": an unrecognised acronym right before a long form in brackets is its short
     * form, of its type, here and (through the short forms) wherever else it is used.
     */
    private static void addShortFormBefore(Sentence s, Mention m, List<Mention> ms, List<Alias> aliases,
                                           Map<String, Mention> shortForms) {
        int at = m.from() - 2;
        if (at < 0 || !s.lower(m.from() - 1).equals("(") || !s.lower(m.to()).equals(")") || covered(ms, at)
                || !isAcronymOf(s.token(at).text(), m.text())) {
            return;
        }
        addShortForm(s, at, m, SHORT_FORM_CONFIDENCE, ms, aliases, shortForms);
    }

    /** How much of its long form's confidence a short form keeps. */
    static final double SHORT_FORM_CONFIDENCE = 0.95;

    /**
     * The one-token name at {@code at} as another name of {@code named}: a mention of its type, an alias, and a short
     * form that later uses in the document resolve to it ("FLC", "BTK", a brand such as "Veozah").
     */
    static void addShortForm(Sentence s, int at, Mention named, double confidence, List<Mention> ms, List<Alias> aliases,
                             Map<String, Mention> shortForms) {
        Mention shortForm = MentionRecognizer.mention(s, at, at + 1, named.type(), s.token(at).text(), named.lexiconId(),
                named.confidence() * confidence, "alias", false);
        ms.add(shortForm);
        aliases.add(new Alias(named, shortForm));
        shortForms.put(shortForm.text(), named);
    }

    private static boolean compatible(Mention a, Mention b) {
        return a.type().kind() == b.type().kind();
    }

    static Mention mentionAt(List<Mention> ms, int token) {
        for (Mention m : ms) {
            if (m.from() == token) {
                return m;
            }
        }
        return null;
    }

    private static boolean isShortFormCandidate(Sentence s, int k) {
        String w = s.token(k).text();
        boolean closes = s.lower(k + 1).equals(")") || s.lower(k + 1).equals(",") || s.lower(k + 1).equals(".")
                || s.lower(k + 1).isEmpty();
        return closes && w.length() >= 2 && w.length() <= 12 && Character.isLetterOrDigit(w.charAt(0))
                && w.chars().anyMatch(Character::isUpperCase);
    }

    /** Schwartz and Hearst: each letter of the short form, in order, in the long form, the first at a word start. */
    public static boolean isAcronymOf(String shortForm, String longForm) {
        String sf = shortForm.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String lf = longForm.toLowerCase(java.util.Locale.ROOT);
        if (sf.length() < 2) {
            return false;
        }
        int l = lf.length() - 1;
        for (int si = sf.length() - 1; si >= 0; si--) {
            char c = sf.charAt(si);
            while (l >= 0 && (lf.charAt(l) != c || (si == 0 && l > 0 && Character.isLetterOrDigit(lf.charAt(l - 1))))) {
                l--;
            }
            if (l < 0) {
                return false;
            }
            l--;
        }
        return true;
    }

    /**
     * "neonatal Fc receptor (FcRn)": a short form whose capitals (two at least, in any order) each begin a word
     * of the long form, as symbols that keep a qualifier's letter at the end do.
     */
    static boolean capitalsStartWords(String shortForm, String longForm) {
        java.util.Set<Character> initials = new java.util.HashSet<>();
        for (String word : longForm.split("[\\s-]+")) {
            if (!word.isEmpty()) {
                initials.add(Character.toUpperCase(word.charAt(0)));
            }
        }
        long capitals = shortForm.chars().filter(Character::isUpperCase).count();
        return capitals >= 2 && shortForm.chars().filter(Character::isUpperCase).allMatch(c -> initials.contains((char) c));
    }

    /** Tokens [from, to) as a later use of {@code named}: a mention of its type and an alias, a little less confident. */
    static void addUse(Sentence s, int from, int to, Mention named, double confidenceKept, List<Mention> ms,
                       List<Alias> aliases) {
        Mention use = MentionRecognizer.mention(s, from, to, named.type(), s.textOf(from, to), named.lexiconId(),
                named.confidence() * confidenceKept, "alias", false);
        ms.add(use);
        aliases.add(new Alias(named, use));
    }

    static boolean covered(List<Mention> ms, int token) {
        for (Mention m : ms) {
            if (m.from() <= token && token < m.to()) {
                return true;
            }
        }
        return false;
    }
}
