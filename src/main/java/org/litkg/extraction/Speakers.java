package org.litkg.extraction;

import java.util.Optional;
import org.litkg.recognition.Mention;

/** The organisations a document speaks for, each found once on first asking. */
final class Speakers {

    private final Reading reading;
    private Optional<Mention> defined;
    private Optional<Mention> letterhead;
    private Boolean headedPaper;

    Speakers(Reading reading) {
        this.reading = reading;
    }

    /** The organisation the document defines as its "we" ({@link SpeakingOrganisation}); else null. */
    Mention defined() {
        if (defined == null) {
            defined = Optional.ofNullable(SpeakingOrganisation.find(reading));
        }
        return defined.orElse(null);
    }

    /** Whether the document is on an institution's paper ({@link org.litkg.document.SignatureBlocks#headedPaper}). */
    boolean headedPaper() {
        if (headedPaper == null) {
            headedPaper = org.litkg.document.SignatureBlocks.headedPaper(reading.doc.analyzed().document().text());
        }
        return headedPaper;
    }

    /** The institution the document's paper is headed with ({@link Letterheads}); else null. */
    Mention letterhead() {
        if (letterhead == null) {
            letterhead = Optional.ofNullable(Letterheads.find(reading));
        }
        return letterhead.orElse(null);
    }

    /**
     * The organisation "our" stands for in a post or a unit ("our Chief Executive", "our Cardiovascular Biology
     * group"): the defined "we", or else the letterhead. Not for "our trial": a sponsor's letter on its paper calls the
     * trial its investigators run its own.
     */
    Mention owners() {
        Mention we = defined();
        return we != null ? we : letterhead();
    }
}
