package org.litkg.extraction;

import java.util.List;
import java.util.function.Predicate;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/**
 * The name a list item's line opens with, past its number or label: a racecard's "2. MARAVIROC (trainer: Dr. X,
 * University of Liverpool).", a judge's "Reserve: Macrophage.". The line is about it, so a clause after it that has
 * lost its subject ("Blocks CCR5.", "Produces CCL2 freely.") has it as subject.
 */
final class OpeningNames {

    private OpeningNames() {
    }

    /**
     * The entity that opens sentence si, past a list's number or bullet and a short label, where the names of the kind
     * asked for in the sentence all stand for it; null where the sentence names none of that kind, names two, or names
     * its first elsewhere than at its opening.
     */
    static DocumentEntities.Entity of(RecognizedDocument doc, int si, Predicate<Mention> kind) {
        Sentence s = doc.analyzed().sentences().get(si);
        List<Mention> named = doc.mentions().get(si).stream().filter(m -> !m.anaphoric() && kind.test(m)).toList();
        if (named.isEmpty()) {
            return null;
        }
        int from = named.get(0).from();
        int label = s.afterWrittenColon(0, LABEL_WORDS); // "Keeper: regulatory T cell.", its colon read as "is"
        boolean opens = from == pastNumber(s, 0) || label > 0 && from == pastNumber(s, label);
        DocumentEntities.Entity opener = doc.entities().of(named.get(0));
        boolean alone = named.stream().allMatch(m -> doc.entities().of(m).equals(opener));
        return opens && alone ? opener : null;
    }

    /**
     * The entity that opens sentence h ({@link #of}) where h opens a line and sentence si goes on on that line, as a
     * list item's sentences do; else null.
     */
    static DocumentEntities.Entity itemOf(RecognizedDocument doc, int h, int si, Predicate<Mention> kind) {
        String text = doc.analyzed().document().text();
        int start = doc.analyzed().sentences().get(h).span().start();
        int lineBreak = text.indexOf('\n', start);
        boolean sameLine = lineBreak < 0 || lineBreak >= doc.analyzed().sentences().get(si).span().start();
        return sameLine && opensLine(text, start) ? of(doc, h, kind) : null;
    }

    /** Whether only white space and a bullet stand between the line's start and offset {@code at}. */
    static boolean opensLine(String text, int at) {
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i)) && "•▪◦‣*·-–—".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** How many words a list item's label may have: "Keeper:", "Seat 1:". */
    private static final int LABEL_WORDS = 2;

    /** The first word from k on past a list's number or bullet: "2. MARAVIROC", "• Macrophage". */
    private static int pastNumber(Sentence s, int k) {
        while (k < s.size() && (s.token(k).isPunctuation() || s.lower(k).matches("\\d+\\.?"))) {
            k++;
        }
        return k;
    }
}
