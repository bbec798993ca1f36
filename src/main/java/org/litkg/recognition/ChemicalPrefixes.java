package org.litkg.recognition;

import java.util.List;
import java.util.regex.Pattern;
import org.litkg.analysis.Sentence;

/**
 * A drug named as a derivative of another: "NG-nitro-L-arginine", "S-adenosyl-L-methionine". The lexicon knows the
 * parent ("L-arginine") but not the derivative, which the tokenizer leaves in pieces; the pieces written onto the parent
 * with hyphens, when each reads as a part of a chemical name (a locant, an atom's letter, "nitro", "methyl"), make one
 * name with it.
 */
final class ChemicalPrefixes implements MentionRecognizer {

    /** Word parts of chemical names. */
    private static final String MORPHEME = "(?:nitro|methyl|ethyl|acetyl|hydroxy|deoxy|amino|chloro|fluoro|bromo|iodo"
            + "|phenyl|benzyl|butyl|propyl|oxo|carboxy|phospho|sulfo|methoxy|ethoxy|hydro|formyl|allyl|adenosyl|thio|cyano"
            + "|desmethyl|glycyl)";
    /** A locant ("2", "3,4"), an atom's letter or two ("N", "NG", "S"), or a word built on a chemical word part. */
    private static final String PART = "(?:[A-Z]{1,2}\\d?|\\d{1,2}(?:,\\d{1,2})*'?|[a-z]*" + MORPHEME + "[a-z]*)";
    private static final Pattern PREFIX = Pattern.compile(PART + "(?:-" + PART + ")*");

    /** A hyphen, or a prefix with the hyphens the tokenizer left on it: "-", "NG-nitro", "-desmethyl", "2-". */
    private static boolean isPiece(String text) {
        String bare = text.replaceAll("^-+|-+$", "");
        return bare.isEmpty() ? text.equals("-") : PREFIX.matcher(bare).matches();
    }

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        for (Mention m : List.copyOf(out)) {
            if (m.type() != EntityType.DRUG || m.anaphoric()) {
                continue;
            }
            int from = m.from();
            while (from >= 1 && s.writtenTogether(from - 1, from) && isPiece(s.token(from - 1).text())) {
                from--; // the tokenizer cuts "N-desmethyl-imatinib" as "N" "-desmethyl" "-" "imatinib" or otherwise
            }
            while (from < m.from() && s.token(from).text().startsWith("-")) {
                from++; // a hyphen opening the pieces belongs to the word before them
            }
            boolean joined = from < m.from() && (s.token(m.from() - 1).text().endsWith("-")
                    || s.token(m.from()).text().startsWith("-"));
            if (joined) {
                out.add(MentionRecognizer.mention(s, from, m.to(), EntityType.DRUG, s.textOf(from, m.to()), null,
                        m.confidence(), "shape-chemical", false));
            }
        }
    }
}
