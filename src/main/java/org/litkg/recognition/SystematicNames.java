package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.litkg.analysis.Sentence;

/**
 * A compound written by its systematic (IUPAC-style) name, "2-(4-morpholinyl)-8-phenylchromone", "4-(2-hydroxyethyl)
 * piperazine", with its salt's ion if one follows ("... phenylchromone hydrochloride"). The tokenizer cuts such a name at
 * its locants, hyphens and brackets; the pieces written together are one name when they hold a locant or a bracket and a
 * part only chemical names have. No lexicon lists most of them, and a drug named so is often a research compound.
 */
final class SystematicNames implements MentionRecognizer {

    /** Word parts only chemical names have: substituents, ring systems and functional groups. */
    private static final Pattern CHEMICAL_PART = Pattern.compile("(?i)(methyl|ethyl|propyl|butyl|pentyl|hexyl|phenyl"
            + "|benzyl|benzo|naphth|pyrid|pyrimid|pyrrol|pyrazol|piperid|piperazin|morpholin|imidazol|thiazol|oxazol"
            + "|triazol|tetrazol|indol|quinol|quinazolin|chromon|furan|thiophen|purin|oyl|amino|hydroxy|methoxy|ethoxy"
            + "|chloro|fluoro|bromo|iodo|nitro|cyano|oxo|carbox|sulfon|sulphon|ammonium|amide|amine|acetyl|carbonyl|yl\\)"
            + "|ylidene|anilin|azepin|diazepin|azabicyclo|spiro|dihydro|tetrahydro|hexahydro)");
    /** A locant written onto the name: "2-", "4,5-", "N-", "(2-". */
    private static final Pattern LOCANT = Pattern.compile("(^|[-(\\[,])(\\d{1,2}|[NOS])(,\\d{1,2})*'?-");
    /** The ions a salt's name ends with, after a space: "... iodide", "... hydrochloride". */
    private static final Set<String> ION_WORDS = Set.of("iodide", "chloride", "bromide", "fluoride", "hydrochloride",
            "hydrobromide", "dihydrochloride", "sulfate", "sulphate", "mesylate", "maleate", "citrate", "tartrate",
            "fumarate", "phosphate", "acetate", "sodium", "potassium");
    /** An enzyme's name, which a locant may open too: "21-hydroxylase", "14alpha-demethylase". */
    private static final Pattern ENZYME_ENDING = Pattern.compile("ases?\\W*$");
    /** The shortest systematic name read: shorter runs are codes and symbols ("IL-2", "5-HT3"). */
    private static final int MIN_LENGTH = 12;

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        int i = 0;
        while (i < s.size()) {
            int end = i + 1;
            while (end < s.size() && s.writtenTogether(end - 1, end)) {
                end++;
            }
            int last = end;
            while (last > i && isClosingPunctuation(s, last - 1)) {
                last--; // "... (LY294002)." ends at the name, not at its stop
            }
            boolean longEnough = last > i && s.token(last - 1).span().end() - s.token(i).span().start() >= MIN_LENGTH;
            String name = longEnough ? s.textOf(i, last) : ""; // most runs are one short word: no string is built
            if (isSystematic(name)) {
                int to = last < s.size() && last == end && ION_WORDS.contains(s.lower(last)) ? last + 1 : last;
                out.add(MentionRecognizer.mention(s, i, to, EntityType.DRUG, s.textOf(i, to), null, 0.7,
                        "shape-systematic", false));
            }
            i = end;
        }
    }

    /** A stop, comma or colon, or a bracket that closes nothing opened in the name, at the name's end. */
    private static boolean isClosingPunctuation(Sentence s, int k) {
        String w = s.token(k).text();
        return w.equals(".") || w.equals(",") || w.equals(";") || w.equals(":") || w.equals(")") && !opens(s, k);
    }

    /** Whether a bracket opened before k, in the same run of pieces, is closed at k. */
    private static boolean opens(Sentence s, int k) {
        int depth = 0;
        for (int j = k - 1; j >= 0 && s.writtenTogether(j, j + 1); j--) {
            depth += s.token(j).text().equals("(") ? 1 : s.token(j).text().equals(")") ? -1 : 0;
        }
        return depth > 0;
    }

    static boolean isSystematic(String name) {
        if (name.length() < MIN_LENGTH || name.contains(" ") || !CHEMICAL_PART.matcher(name).find()
                || ENZYME_ENDING.matcher(name).find()) {
            return false;
        }
        char lastChar = name.charAt(name.length() - 1);
        if (!Character.isLetterOrDigit(lastChar) && lastChar != ')' && lastChar != ']') {
            return false; // "21-hydroxylase:", a glossary's term with its colon, is no compound's name
        }
        long open = name.chars().filter(c -> c == '(' || c == '[').count();
        long close = name.chars().filter(c -> c == ')' || c == ']').count();
        return open == close && (LOCANT.matcher(name).find() || open > 0 && Character.isLowerCase(name.charAt(0)));
    }
}
