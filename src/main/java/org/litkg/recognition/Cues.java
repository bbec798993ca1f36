package org.litkg.recognition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of {@code lexicon/cues.tsv}: heads, modifiers, cue words for negation and hedging,
 * drug-name stems. Loaded once; every category the code asks for must be in the file, and every
 * category in the file must be one the code knows, so a typo fails at start-up with its line.
 */
public final class Cues {

    /** The categories the code reads; the file may use no other. */
    public enum Category {
        CANCER_HEAD, DISEASE_HEAD, CANCER_SUFFIX, DISEASE_SUFFIX, DISEASE_WORD, ANAPHORIC_CANCER_HEAD,
        CELL_HEAD, CELL_WORD, LINEAGE_MODIFIER, CELL_MODIFIER, TUMOR_CELL_MODIFIER, GENERIC_CELL_MODIFIER,
        TISSUE_HEAD, TISSUE_WORD, TISSUE_MODIFIER, STOP_MODIFIER,
        ORG_HEAD, AGENCY_HEAD, COMPANY_NOUN, MAKER_VERB, ORG_POSSESSOR, LEADING_VERB, NAME_CONNECTOR, NAME_PARTICLE,
        RESEARCHER_NOUN, COLLEAGUE_NOUN, ROLE_NOUN, SPORTING_ROLE, TITLE_WORD, DEGREE,
        STUDY_NOUN, PUBLISH_VERB, DRUG_NOUN, DRUG_CLASS_HEAD, DRUG_CLASS_WORD, NAMING_WORD,
        NEGATION, HEDGE, HEDGE_RAISING, NOT_A_NAME, ORG_MODIFIER, INN_STEM, INN_PREFIX, INN_EXCEPTION,
        RECEPTOR_HEAD, CARRIER_HEAD, ANTIGEN_HEAD, ENZYME_CLASS, NOT_ENZYME, NOT_ENZYME_ENDING, PROTEIN_STOP_MODIFIER, CELL_LINE,
        PROTEIN_NOUN, NOT_DISEASE, CANCER_SITE, LANGUAGE
    }

    private static final String RESOURCE = "/org/litkg/lexicon/cues.tsv";
    private final Map<Category, Set<String>> words = new HashMap<>();
    /** The shortest and longest word of each category, for {@link #endsWithAny}. */
    private final Map<Category, int[]> suffixLengths = new HashMap<>();

    private Cues(Map<Category, Set<String>> words) {
        this.words.putAll(words);
        words.forEach((category, suffixes) -> suffixLengths.put(category, lengthRange(suffixes)));
    }

    public static Cues load() {
        try (InputStream in = Cues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Cues parse(List<String> lines, String source) {
        Map<Category, Set<String>> words = new HashMap<>();
        for (Category c : Category.values()) {
            words.put(c, new HashSet<>());
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": expected category<TAB>word, got '" + line + "'");
            }
            Category category;
            try {
                category = Category.valueOf(cols[0].toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": unknown category '" + cols[0]
                        + "'; known: " + java.util.Arrays.toString(Category.values()).toLowerCase(java.util.Locale.ROOT));
            }
            words.get(category).add(cols[1]);
        }
        return new Cues(words);
    }

    public boolean is(Category category, String word) {
        return words.get(category).contains(word) || category == Category.ORG_HEAD && isCompoundOrgHead(word);
    }

    /** German names build an institution's head into one word: "Krebsforschungszentrum", "Rheuma-Forschungszentrum". */
    private static final java.util.List<String> COMPOUND_ORG_ENDINGS = java.util.List.of("zentrum", "klinikum", "institut");

    private boolean isCompoundOrgHead(String word) {
        if (word.length() < 10 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        int hyphen = word.lastIndexOf('-');
        if (hyphen > 0 && hyphen < word.length() - 1 && words.get(Category.ORG_HEAD).contains(word.substring(hyphen + 1))) {
            return true; // "Rheuma-Klinikum"
        }
        return COMPOUND_ORG_ENDINGS.stream().anyMatch(e -> word.regionMatches(true, word.length() - e.length(), e, 0, e.length()));
    }

    /** The ending of the names of cells: "fibrocyte", "synoviocyte", "hepatocyte". */
    private static final java.util.regex.Pattern CELL_ENDING = java.util.regex.Pattern.compile("\\p{L}{3,}ocyte");

    /** A one-word cell, singular: a listed word ("macrophage", "microglia") or a word in "-ocyte" ("fibrocyte"). */
    public boolean isCellWord(String lemma) {
        return is(Category.CELL_WORD, lemma) || CELL_ENDING.matcher(lemma).matches();
    }

    /** A word for a study or a trial: "study", "paper", "trial", "trials". */
    public boolean isStudyOrTrial(String lower) {
        return lower.equals("trial") || lower.equals("trials") || is(Category.STUDY_NOUN, lower);
    }

    /**
     * A word for what a person does ("oncologist", "dermatologist", "physician", "chemist"): a listed
     * role noun, singular or plural, as written ("PI") or in lower case ("Investigator"), or a word with a
     * professional suffix.
     */
    public boolean isRoleNoun(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        for (Category roles : new Category[] {Category.ROLE_NOUN, Category.SPORTING_ROLE}) { // a sport's too
            if (is(roles, word) || is(roles, org.litkg.analysis.Lemmatizer.singular(word)) || is(roles, lower)
                    || is(roles, org.litkg.analysis.Lemmatizer.singular(lower))) {
                return true;
            }
        }
        return lower.length() > 6 && lower.chars().allMatch(Character::isLowerCase)
                && (lower.endsWith("ologist") || lower.endsWith("iatrist") || lower.endsWith("ician")
                || lower.endsWith("scientist") || lower.endsWith("chemist") || lower.endsWith("physicist")); // "neuroscientist"
    }

    /** A role noun in the plural, which lists the people after it: "Co-first authors A B and C D". */
    public boolean isPluralRoleNoun(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith("s") && !lower.endsWith("ss") && isRoleNoun(lower);
    }

    /** A title ("Dr", "Professor", case as written) or a role noun ("chair", "oncologist") before or after a name. */
    public boolean isRoleOrTitle(String word) {
        return is(Category.TITLE_WORD, word) || isRoleNoun(word);
    }

    public Set<String> all(Category category) {
        return Set.copyOf(words.get(category));
    }

    /**
     * True when the lower-case word ends in one of the category's suffixes and is longer than it. Called on most
     * tokens, so it looks up the word's own endings, of the lengths the category's suffixes have, rather than
     * trying every suffix.
     */
    public boolean endsWithAny(Category category, String lower) {
        Set<String> suffixes = words.get(category);
        int[] range = suffixLengths.get(category);
        for (int length = range[0]; length <= range[1]; length++) {
            int prefix = length >= 6 ? 2 : 3; // "lomustine": a long stem needs less in front of it
            if (lower.length() >= length + prefix && suffixes.contains(lower.substring(lower.length() - length))) {
                return true;
            }
        }
        return false;
    }

    /** How long a word must be for an INN prefix to name it: "cefepime", not a short word that starts the same way. */
    private static final int MIN_PREFIXED_INN = 8;

    /**
     * Whether a lower-case word is shaped like an international non-proprietary name: it ends in a stem ("-mab",
     * "-nib") or opens with one of the few stems that come first ("cef-": cefiderocol), and is no listed exception.
     * Called on most tokens, so the prefixes, a handful, are tried without building a stream.
     */
    public boolean isInnShaped(String lower) {
        boolean prefixed = false;
        if (lower.length() >= MIN_PREFIXED_INN) {
            for (String prefix : words.get(Category.INN_PREFIX)) {
                prefixed |= lower.startsWith(prefix);
            }
        }
        return (prefixed || endsWithAny(Category.INN_STEM, lower)) && !is(Category.INN_EXCEPTION, lower);
    }

    private static int[] lengthRange(Set<String> suffixes) {
        int min = suffixes.stream().mapToInt(String::length).min().orElse(1);
        int max = suffixes.stream().mapToInt(String::length).max().orElse(0);
        return new int[] {min, max};
    }
}
