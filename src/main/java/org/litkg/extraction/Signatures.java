package org.litkg.extraction;

import java.util.List;
import org.litkg.analysis.Sentence;
import org.litkg.document.PageLayout;
import org.litkg.recognition.Cues.Category;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * The researcher who signs a text at its foot with their name over their institution: an email's "Professor X" over
 * "Professor of Nephrology, Newcastle University", a lab's card from "Professor X and everyone in the lab" over its
 * centre and university. The text's "our paper" and "our lab" above the signature are theirs. A signature that names
 * no institution (a parent's, a patient's) makes no one the writer, unless a title opens it and it closes the text
 * alone: a lab's review signed "Professor X".
 */
final class Signatures {

    /** How many sentences from the end a signature may stand: the name and its lines, then a closing line. */
    private static final int FOOT_SENTENCES = 2;

    private Signatures() {
    }

    /** The person who signs the text below sentence si, with an institution or a title alone; else null. */
    static Mention signer(Reading r, int si) {
        for (int k = r.sentenceCount() - 1; k > si && k >= r.sentenceCount() - FOOT_SENTENCES; k--) {
            Sentence s = r.sentence(k);
            List<Mention> ms = r.mentions(k);
            Mention first = ms.isEmpty() ? null : ms.get(0);
            if (first == null || first.type() != EntityType.PERSON || first.anaphoric()
                    || !titlesOnlyBefore(r, s, first)) {
                continue;
            }
            // "Professor X" alone closing a lab's post: a title says she signs as the researcher the text's "our" is
            // "Dr. X and the BLOOM team": a team's sign-off after the name, whatever study it names
            // "Dr. X, immunologist" signing a post: the name and the writer's role
            int end = s.lower(first.to()).equals(",") && r.cues.isRoleNoun(s.lower(first.to() + 1)) ? first.to() + 2
                    : first.to();
            boolean alone = ms.size() == 1 && end >= s.size() - 1
                    || LabMembers.pastTeamSignOff(s, first.to()) == s.size();
            // or a name alone over a closing place and date: an afterword's or a preface's author ("London, May 2027");
            // a name alone and nothing under it signs for no one's work, as a parent's or a patient's letter does
            boolean last = alone && k == r.sentenceCount() - 1;
            boolean titledAlone = last && (first.from() > 0 || PageLayout.isPlaceAndDate(textAfter(r, s)));
            if (!s.text().contains("\n") && !titledAlone) {
                continue;
            }
            boolean placed = ms.stream().anyMatch(m -> m.type() == EntityType.ORGANIZATION);
            return placed || titledAlone ? first : null;
        }
        return null;
    }

    /** The document's text after the sentence, stripped: a signature's closing line, which layout does not read. */
    private static String textAfter(Reading r, Sentence s) {
        return r.doc.analyzed().document().text().substring(s.span().end()).strip();
    }

    /** Whether only titles stand before the person's name in its sentence: "Professor X", "Dr. X". */
    static boolean titlesOnlyBefore(Reading r, Sentence s, Mention person) {
        for (int k = 0; k < person.from(); k++) {
            if (!r.cues.is(Category.TITLE_WORD, s.token(k).text()) && !s.lower(k).equals(".")) {
                return false;
            }
        }
        return true;
    }
}
