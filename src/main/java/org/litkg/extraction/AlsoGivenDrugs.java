package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A leaflet's word to the patient that a second drug comes with the one it is about: "Plerixafor blocks CXCR4 ...
 * You will also get filgrastim." The drug "also" given is combined with the drug the text is about ({@link
 * TopicDrugs}); without "also" ("You will get filgrastim first") the leaflet names a drug of its own, not a partner.
 */
final class AlsoGivenDrugs {

    private static final Set<String> ADDRESSEES = Set.of("you", "patients", "they");
    private static final Set<String> MODALS = Set.of("will", "'ll", "may", "usually", "then");
    private static final Set<String> GIVEN = Set.of("get", "receive", "take", "have", "need");
    private static final Set<EntityType> DRUGS = Set.of(EntityType.DRUG, EntityType.DRUG_CLASS);
    private static final double CONFIDENCE = 0.65;

    private AlsoGivenDrugs() {
    }

    static void read(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        int k = 0;
        if (!ADDRESSEES.contains(s.lower(k++))) {
            return;
        }
        while (MODALS.contains(s.lower(k))) {
            k++;
        }
        if (!s.lower(k).equals("also") || !GIVEN.contains(s.lower(k + 1))) {
            return;
        }
        Mention partner = r.startingAt(si, k + 2);
        Argument given = partner == null || partner.anaphoric() ? null : r.argument(partner, DRUGS);
        Node.EntityNode topic = given == null ? null : r.topicDrugs().mostNamedDrug(si, 0, DRUGS, null);
        if (topic != null && !topic.equals(given.node())) {
            Argument drug = new Argument(topic, s.token(k).span(), s.token(k).text(), true);
            r.emit(RelationType.COMBINED_WITH, List.of(drug), List.of(given), si, k, k + 1, k + 1, k + 2,
                    "also-given", CONFIDENCE, out);
        }
    }
}
