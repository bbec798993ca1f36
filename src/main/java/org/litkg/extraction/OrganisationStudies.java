package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A study named by the organisation that ran it, its name standing before the study's noun as a modifier: "a Stanford
 * University study showed", "in a Merck study", "the Mayo Clinic trial". The organisation conducts the study, as one
 * that runs it does: "The University of Glasgow runs the ATLAS-CXCR4 study".
 */
final class OrganisationStudies {

    /** Words that may open the noun phrase before the organisation's name: "a new Merck study". */
    private static final Set<String> OPENERS = Set.of("a", "an", "the", "this", "that", "new", "latest", "recent",
            "earlier", "large", "small", "another");

    private OrganisationStudies() {
    }

    /**
     * The organisation that ran the study whose noun is at {@code noun}: the one named right before the noun ("a Merck
     * study") or, failing that, the one whose own study it is ("its phase 1 trial"); else null.
     */
    static Argument owner(Reading r, int si, int noun) {
        Sentence s = r.sentence(si);
        Mention named = r.endingAt(si, noun - 1);
        boolean modifier = named != null && named.type() == EntityType.ORGANIZATION && !named.anaphoric()
                && (named.from() == 0 || OPENERS.contains(s.lower(named.from() - 1)));
        if (modifier) {
            return r.argument(named, StudyPatterns.ORGS);
        }
        // "The University of Glasgow runs the ATLAS-CXCR4 study": the run study's name before its noun
        boolean trialNamed = named != null && named.type() == EntityType.CLINICAL_TRIAL && named.from() > 0;
        Argument runner = trialNamed ? StudyPossessors.owningOrganisation(r, si, named.from()) : null;
        return runner != null ? runner : StudyPossessors.owningOrganisation(r, si, noun);
    }
}
