package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.PublicationContext;

/**
 * A cheat sheet's or a table note's clipped approval, an agency and "approved" with only its year after it: "FDA
 * approved 2007 (HIV)." on a list item about maraviroc. The item's drug (TopicDrugs) was approved by that agency.
 */
final class ClippedApprovals {

    private static final Set<EntityType> DRUGS = EnumSet.of(EntityType.DRUG, EntityType.DRUG_CLASS);
    private static final Set<EntityType> AGENCIES = EnumSet.of(EntityType.REGULATORY_AGENCY);

    private ClippedApprovals() {
    }

    /** Whether "approved" at t follows an agency opening the sentence and comes before a year: "FDA approved 2007". */
    static boolean at(Reading r, int si, int t) {
        Sentence s = r.sentence(si);
        if (!s.lower(t).equals("approved")) {
            return false; // most tokens: no need to look for the agency
        }
        Mention agency = r.endingAt(si, t - 1);
        int year = s.lower(t + 1).equals("in") ? t + 2 : t + 1;
        return agency != null && agency.from() == 0
                && agency.type() == EntityType.REGULATORY_AGENCY && PublicationContext.isYear(s.lower(year));
    }

    /** Reads the clipped approval at t as the topic drug's approval by the agency before it. */
    static void read(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        Mention agency = r.endingAt(si, t - 1);
        Argument regulator = r.argument(agency, AGENCIES);
        Argument drug = r.topicDrugs().subjectOfHeadless(s, si, 0, DRUGS);
        if (regulator != null && drug != null) {
            r.emit(RelationType.APPROVED_BY, List.of(drug), List.of(regulator), si, t, t + 1, t, t + 1,
                    "clipped-approval", 0.7, out);
        }
    }
}
