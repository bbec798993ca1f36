package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line a bar splits into a sentence and a note on it, as transcribed margin notes are ("p. 3: CX3CL1 binds CX3CR1 on
 * monocytes. | not on all monocytes!"): the bar keeps the line out as a menu would be ("Home | News"), but a part
 * that is a sentence on its own, ending as one, is read; a field between bars ("Prepared by: X, PharmD") is not.
 */
final class BarredNotes {

    /** A part that ends as a sentence does. */
    private static final Pattern SENTENCE = Pattern.compile("[.!?]$");

    private BarredNotes() {
    }

    /** The parts of the line between bars that are prose, as spans of the text. */
    static List<Span> proseParts(String text, Span line) {
        String content = line.of(text);
        if (content.indexOf('|') < 0) {
            return List.of(); // most lines, which layout asks about one by one
        }
        List<Span> parts = new ArrayList<>();
        Matcher bar = PipeTables.BAR.matcher(content); // a bar with space on each side, as a table's cells have
        int start = 0;
        boolean barred = false;
        while (start >= 0) {
            boolean more = bar.find();
            barred |= more;
            Span part = PageLayout.trim(text, new Span(line.start() + start, line.start() + (more ? bar.start()
                    : content.length())));
            String said = part.of(text);
            if (barred && SENTENCE.matcher(said).find() && PageLayout.isProse(said)) { // not "Prepared by: X, PharmD"
                parts.add(part);
            }
            start = more ? bar.end() : -1;
        }
        return parts;
    }
}
