package org.litkg.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A patient's record or card names the clinicians who treat the patient in its fields: a ward round's "Consultant:
 * Mr. X" and "Registrar: Dr. Y" under the hospital's name, a discharge summary's "Consultant: Dr. X" under "Ward: Acute
 * Medical Unit, St Mary's Hospital", an alert card's "My consultant: Dr. X" under "My hospital: Y". They work at the
 * hospital the record is kept by: its own field just above, or else the letterhead ({@link Letterheads}). A "GP:" or
 * "My doctor:" field is left alone, as a family doctor works elsewhere.
 */
final class CareTeamFields {

    /** The clinicians' labels, without the card's "My" or "Your". */
    private static final Set<String> CLINICIANS = Set.of("consultant", "named consultant", "registrar", "attending",
            "attending physician", "specialist nurse", "clinical nurse specialist");
    /** The labels of the field that names where the patient is treated. */
    private static final Set<String> PLACES = Set.of("hospital", "treating hospital", "clinic", "ward",
            "treatment centre", "treatment center", "specialist centre", "specialist center");
    /** The card's own possessives before a field's label: "My consultant:". */
    private static final Set<String> OWNERS = Set.of("my", "your");
    private static final int LABEL_WORDS = 4;
    /** How many sentences above the clinician's field the hospital's may stand: the fields of one header. */
    private static final int FIELDS_APART = 3;

    private CareTeamFields() {
    }

    /** The end of a clinician's label opening the sentence ("Consultant:", "My consultant:"), else -1. */
    static int clinicianLabelEnd(Sentence s) {
        int colon = s.labelColon(LABEL_WORDS);
        return colon > 0 && CLINICIANS.contains(label(s, colon)) ? colon + 1 : -1;
    }

    /**
     * The hospital named by the place field nearest above sentence si, within a header's few fields ("My hospital: St
     * James's University Hospital, Leeds"), past the units of one ("Ward: Acute Medical Unit, St Mary's Hospital");
     * else null.
     */
    static Mention hospitalAbove(Reading r, int si) {
        for (int above = si - 1; above >= 0 && above >= si - FIELDS_APART; above--) {
            Sentence s = r.sentence(above);
            int colon = s.labelColon(LABEL_WORDS);
            if (colon > 0 && PLACES.contains(label(s, colon))) {
                List<Mention> orgs = r.mentions(above).stream()
                        .filter(m -> m.type() == EntityType.ORGANIZATION && !m.anaphoric() && m.from() > colon).toList();
                List<Mention> wholes = InstitutionParts.wholes(orgs);
                return wholes.isEmpty() ? null : wholes.get(0);
            }
        }
        return null;
    }

    /** The field's label before its colon, lower case, without an opening "My" or "Your". */
    private static String label(Sentence s, int colon) {
        int from = OWNERS.contains(s.lower(0)) ? 1 : 0;
        return s.textOf(from, colon).toLowerCase(Locale.ROOT);
    }
}
