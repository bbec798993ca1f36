package org.litkg.extraction;

import org.litkg.analysis.Sentence;
import org.litkg.recognition.PublicationContext;

/**
 * A journal's name that cites the document it opens a line of: "Journal of X 2026; 20: 588", "Journal of Y, Volume
 * 44", a running head's date ("X | Case Series | Published online 20 November 2026"), and an abstract's own citation
 * line with an abbreviated name and its stop ("Kidney Int. 2026;109(4):745-756.") where that line stands alone. A
 * reference list's entry ends its own line the same way ("... Trial of X. N Engl J Med. 2019;381:2114-24."), but its
 * authors and title stand before it on that line, and it cites other work.
 */
final class CitationLines {

    private CitationLines() {
    }

    /** Whether the journal's name ending before token {@code after} of sentence si cites the document. */
    static boolean isCitation(Reading r, int si, int after) {
        Sentence s = r.sentence(si);
        boolean volume = s.lower(after + 1).equals("volume") || s.lower(after + 1).equals("vol");
        return PublicationContext.citesDocumentAfter(s, after) // "Science Translational Medicine, 2026; 18 (871)" too
                || s.lower(after).equals(",") && volume
                || s.lower(after).equals(".") && PublicationContext.yearAndVolumeAt(s, after + 1) && standsAlone(r, si);
    }

    /** Whether sentence si is a line by itself: it opens its line ({@link OpeningNames#opensLine}) and ends it. */
    static boolean standsAlone(Reading r, int si) {
        String text = r.doc.analyzed().document().text();
        Sentence s = r.sentence(si);
        int lineBreak = text.indexOf('\n', s.span().end());
        String rest = text.substring(s.span().end(), lineBreak < 0 ? text.length() : lineBreak);
        return OpeningNames.opensLine(text, s.span().start()) && rest.isBlank();
    }
}
