package org.litkg.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.litkg.recognition.Cues;
import org.litkg.recognition.RecognizedDocument;

/**
 * Relation extraction for one document: verb patterns, noun-phrase patterns and study patterns over
 * each sentence in order. A relation read twice in one sentence (by two patterns) is kept once, with
 * the most confident reading; a claim the document reports only to deny it is dropped (RefutedClaims).
 */
public final class RelationExtractor {

    private final TriggerLexicon triggers;
    private final Cues cues;

    public RelationExtractor(TriggerLexicon triggers, Cues cues) {
        this.triggers = triggers;
        this.cues = cues;
    }

    public DocumentExtraction extract(RecognizedDocument doc) {
        Reading reading = new Reading(doc, cues);
        VerbPatterns verbs = new VerbPatterns(triggers);
        NominalPatterns nominals = new NominalPatterns();
        StudyPatterns studies = new StudyPatterns();
        List<Statement> found = new ArrayList<>();
        for (int si = 0; si < doc.analyzed().sentences().size(); si++) {
            verbs.read(reading, si, found);
            nominals.read(reading, si, found);
            LeavingCells.read(reading, si, found); // "Plerixafor blocks CXCR4. The stem cells drift out"
            ElidedVerbs.read(reading, si, found); // "X does not block Y; Z does"
            TargetNouns.read(reading, si, found); // "TNF, the target of older drugs such as adalimumab"
            Narrator.workplaces(reading, si, found); // first, so "my lab at X showed" is done where the writer works
            FormPosts.read(reading, si, found); // "Candidate statement: Dr. X" over "Current post: Reader, Y"
            SurnameTeams.placeApposed(reading, si, found); // "a visit to the X lab, Y"
            studies.read(reading, si, found);
            OwnPapersBefore.read(reading, si, found); // "X has published her first paper. The paper, published in J"
            BracketedAuthors.read(reading, si, found); // "Affiliations: Y, UK (Fenwick-Ali, Grant); Z (Obuya)"
            ListedAuthors.read(reading, si, found); // "The authors are A (Y), B (W) and C (Y)"
            DoseLineNotes.read(reading, si, triggers, found); // "Mavorixafor 400 mg once daily - for X (blocks CXCR4)"
            FragmentPartners.read(reading, si, found); // "Plerixafor (Mozobil): subcutaneous; with G-CSF"
            AlsoGivenDrugs.read(reading, si, found); // a leaflet's "You will also get filgrastim"
            JoiningSites.read(reading, si, found); // "A and B join C as trial sites"
            SpeakingOrganisation.staff(reading, si, found);
            Letterheads.staff(reading, si, found); // "Answered by: X, Senior Pharmacist" under the trust's name
            LabMembers.read(reading, si, found); // "X, a postdoctoral fellow in Y's laboratory"
            LabMembers.writersGroupMember(reading, si, found); // "I have known X ... as a postdoc in my group at Y"
            LabMembers.writerInLab(reading, si, found); // "Report by X. I am a PhD student in Y's lab at Z"
            GrantFields.read(reading, si, found); // "Lead institution: X", then "Principal investigator: Y"
            PronounWorkplaces.read(reading, si, found); // "she runs a laboratory at Y"
            FieldBullets.read(reading, si, found); // "CXCL12" over "- made by: stromal cells"
            HeldPosts.read(reading, si, found); // "gave Dr. X a five-year fellowship at Y"
            SelfIntroductions.read(reading, si, found); // "Dr. X · 1 hour ago" over "Immunologist at Y here."
        }
        ApprovalPatterns.combinationsNamedAfter(reading, found); // "approved its combination. The regimen pairs X with Y"
        HostedGroups.place(reading, found); // "students joined Y" and then "the group of Professor X"
        ProfileFindings.lead(reading, found); // "Name: X" over "Known for: showing that ... (J, 2019)"
        LaterWorkplaces.conduct(reading, found); // "led by Dr. X." and later "said X, a professor at Y"
        return new DocumentExtraction(doc, studies.studies(), RefutedClaims.withoutRefuted(reading, dedupe(found)));
    }

    private static List<Statement> dedupe(List<Statement> found) {
        Map<String, Statement> best = new LinkedHashMap<>();
        for (Statement s : found) {
            String key = s.evidence().sentenceIndex() + "|" + s.relation() + "|" + s.subject() + "|" + s.object()
                    + "|" + s.evidence().negated();
            best.merge(key, s, (a, b) -> b.evidence().confidence() > a.evidence().confidence() ? b : a);
        }
        return List.copyOf(best.values());
    }
}
