package org.litkg.recognition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.NameFinder;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;

/**
 * Chemical and gene names a trained name finder ({@code litkg train names}) reads where nothing else did: the IUPAC
 * names, natural products and laboratory codes of scientific abstracts that no lexicon lists ("kurarinone",
 * "Triacsin C", "DMBT"). A chemical becomes a Drug, a gene a Protein (a Receptor when its last word says so). The
 * finder only fills words that no recogniser proposed a name for and no alias the text declares reached: its guess
 * never takes the place of a reading. What it finds must also look like a name where news and letters are read: not
 * a word in title case (a city, a person), not a shouted label, not class words alone ("the chemokine"), not a verb
 * or a pronoun, not a cell line, not part of a longer word, and not an ordinary word used as a noun's modifier or after
 * "a".
 */
final class ModelNames {

    static final String METHOD = "name-model";
    /** Below this probability the finder's guess is dropped. */
    static final double MIN_PROBABILITY = 0.5;

    /** Word classes a name is never made of alone: "the chemokine", "a kinase", "the receptor", "phosphodiesterases". */
    private static final List<Cues.Category> CLASS_WORDS = List.of(Cues.Category.PROTEIN_NOUN, Cues.Category.DRUG_NOUN,
            Cues.Category.ENZYME_CLASS, Cues.Category.RECEPTOR_HEAD, Cues.Category.CARRIER_HEAD, Cues.Category.ANTIGEN_HEAD,
            Cues.Category.PROTEIN_STOP_MODIFIER, Cues.Category.DRUG_CLASS_WORD, Cues.Category.STOP_MODIFIER);
    /** Parts of speech no chemical or gene name is made of: "done", "everyone", "stiffen". */
    private static final Set<String> NOT_IN_NAMES = Set.of("VERB", "AUX", "PRON", "DET", "ADP", "CCONJ", "SCONJ", "ADV",
            "PART", "INTJ");
    /** Letters past which a word in capitals is a label or a shout ("NARRATOR:", "WASHINGTON"), not a code. */
    private static final int SHOUTED_LENGTH = 6;
    private static final Set<String> CLOSING_MARKS = Set.of(",", ")", "(", ";", ".", ":");

    private final NameFinder finder;
    private final Cues cues;

    ModelNames(NameFinder finder, Cues cues) {
        this.finder = finder;
        this.cues = cues;
    }

    /**
     * The names the finder reads in sentence {@code s} on words none of {@code covering} takes, leaving out the names
     * the document reads as something else ({@link #namedOtherwise}).
     */
    List<Mention> fill(Sentence s, List<Mention> covering, Map<String, EntityType> namedOtherwise) {
        boolean[] taken = new boolean[s.size()];
        for (Mention m : covering) {
            for (int k = m.from(); k < m.to(); k++) {
                taken[k] = true;
            }
        }
        List<Mention> found = new ArrayList<>();
        for (NameFinder.Found f : finder.find(s)) {
            boolean free = true;
            for (int k = f.from(); k < f.to(); k++) {
                free &= !taken[k];
            }
            if (!free || f.probability() < MIN_PROBABILITY || !nameLike(s, f.from(), f.to())) {
                continue;
            }
            EntityType type = type(s, f);
            // "kushenol F": the finder often leaves a series letter out of the chemical's name
            boolean letterFree = f.to() >= s.size() || !taken[f.to()];
            int to = type == EntityType.DRUG && letterFree ? WordShapedNames.withSeriesLetter(s, f.to()) : f.to();
            EntityType other = namedOtherwise.get(s.textOf(f.from(), to));
            if (other == null || other == type) {
                found.add(MentionRecognizer.mention(s, f.from(), to, type, name(s, f.from(), to), null,
                        0.6 * f.probability(), METHOD, false));
            }
        }
        return found;
    }

    private EntityType type(Sentence s, NameFinder.Found f) {
        if (f.kind() == NameFinder.Kind.CHEMICAL) {
            return EntityType.DRUG;
        }
        return cues.is(Cues.Category.RECEPTOR_HEAD, Lemmatizer.singular(s.lower(f.to() - 1))) ? EntityType.RECEPTOR
                : EntityType.PROTEIN;
    }

    /**
     * What the document's own readings make of names the finder might read: each name recognised somewhere with its
     * type ("ACE" a trial, "angiotensin II" a protein), and each short form defined in brackets after a name of a kind
     * the finder does not read ("HIT" in "heparin-induced thrombocytopenia (HIT)", the disease's wherever it stands).
     * The finder's reading of such a name elsewhere in the document is dropped unless it gives the same type.
     */
    static Map<String, EntityType> namedOtherwise(List<Sentence> sentences, List<List<Mention>> mentions) {
        Map<String, EntityType> named = new HashMap<>();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            for (Mention m : mentions.get(si)) {
                if (m.anaphoric()) {
                    continue;
                }
                named.putIfAbsent(m.text(), m.type());
                EntityType.Kind kind = m.type().kind();
                boolean readable = kind == EntityType.Kind.DRUG || kind == EntityType.Kind.DRUG_CLASS
                        || kind == EntityType.Kind.PROTEIN;
                if (!readable && s.lower(m.to()).equals("(") && s.lower(m.to() + 2).equals(")")) {
                    named.putIfAbsent(s.token(m.to() + 1).text(), m.type());
                }
            }
        }
        return named;
    }

    /** Whether the words over [from, to) may be a chemical or gene name where they stand. */
    private boolean nameLike(Sentence s, int from, int to) {
        boolean partOfWord = from > 0 && s.writtenTogether(from - 1, from) && !s.token(from - 1).isPunctuation()
                || from > 1 && s.isJoiningHyphen(from - 1)
                || to < s.size() && s.writtenTogether(to - 1, to) && !CLOSING_MARKS.contains(s.lower(to))
                || to + 1 < s.size() && s.isJoiningHyphen(to);
        String next = Lemmatizer.singular(s.lower(to));
        boolean describesClass = cues.is(Cues.Category.DRUG_NOUN, next) && !cues.is(Cues.Category.DRUG_CLASS_HEAD, next)
                || cues.is(Cues.Category.PROTEIN_NOUN, next);
        boolean namesTrial = cues.isStudyOrTrial(next) || next.equals("phase");
        if (partOfWord || describesClass || namesTrial) {
            return false; // "NOX-A12", "HLA-A*02:01"; "a small bicyclam molecule", "the chemerin protein"; "the ACE trial"
        }
        boolean plainWord = to == from + 1 && s.token(from).text().chars().allMatch(Character::isLowerCase);
        boolean afterArticle = s.lower(from - 1).equals("a") || s.lower(from - 1).equals("an");
        boolean modifier = to < s.size() && s.token(to).pos().equals("NOUN")
                && s.token(to).text().chars().allMatch(Character::isLowerCase);
        if (plainWord && (afterArticle || modifier)) {
            return false; // "collected with a machine"; "the myristoyl pocket", "immunoglobulin replacement"
        }
        boolean allClassWords = true;
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            boolean shouted = t.text().length() > SHOUTED_LENGTH && t.text().chars().allMatch(Character::isUpperCase);
            boolean titled = t.isTitleCase() && t.text().length() > 1; // "Berlin", "Tomasz", but not the C of "Triacsin C"
            if (titled || shouted || NOT_IN_NAMES.contains(t.pos()) || cues.is(Cues.Category.CELL_LINE, t.lower())) {
                return false; // a cell line ("MCF-7", "HeLa") is named like a gene and is none
            }
            String singular = Lemmatizer.singular(t.lower());
            allClassWords &= t.isPunctuation() || cues.endsWithAny(Cues.Category.ENZYME_CLASS, singular)
                    || CLASS_WORDS.stream().anyMatch(c -> cues.is(c, t.lower()) || cues.is(c, singular));
        }
        return !allClassWords;
    }

    /** The words as written, acronyms and symbols kept: "Triacsin C", "kurarinone". */
    private static String name(Sentence s, int from, int to) {
        String text = s.textOf(from, to);
        boolean symbol = text.chars().skip(1).anyMatch(Character::isUpperCase) || text.chars().anyMatch(Character::isDigit);
        return symbol ? text : text.toLowerCase(Locale.ROOT);
    }
}
