package org.litkg.extraction;

import java.util.ArrayList;
import java.util.List;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A study's leader whose workplace the text gives only after the study: "The study was led by Dr. X." and, sentences
 * later, "said X, a professor at Y", or an advertisement's enquiries block closing with her post and university; or
 * before it, as a post she holds ({@link HeldPosts}), which no earlier study pattern keeps. Where
 * the leader works is where the study was done, as when the workplace comes first ({@link StudyPatterns}), unless the
 * text says anywhere who ran it or the leader has moved there since ({@link FormerWorkplaces#movedTo}).
 */
final class LaterWorkplaces {

    private static final double CONFIDENCE = 0.5;
    /** How a citation's first author is made a study's leader ({@link CitedAuthors}): her place did it. */
    static final String CITED_LEADER = "cited-first-author";
    /** How a signature's "Latest paper:" is made its signer's ({@link CitedAuthors}): the signature's place did it. */
    static final String SIGNED_LEADER = "signature-latest-paper";
    /**
     * Leaders whose stated workplace did the study wherever the text places them, before it or after: a report's
     * "Lead applicant: Dr X, Y" over its publications list's "X I, et al. Gastroenterology. 2025" among them, a
     * profile's "Dr X - Senior Lecturer, Y" over its "Recent work:" ({@link ProfileFindings}).
     */
    private static final java.util.Set<String> PLACED_ANYWHERE = java.util.Set.of(CITED_LEADER, SIGNED_LEADER,
            RecordStudies.RECORD_LEADER, ProfileFindings.METHOD);
    /**
     * Placements held from before the study: a post ({@link HeldPosts}), a group's host ({@link HostedGroups}), a lab's
     * apposed institution ({@link SurnameTeams}), the writer's institution a person joined
     * ({@link SpeakingOrganisation}).
     */
    private static final java.util.Set<String> STANDING_POSTS = java.util.Set.of(HeldPosts.METHOD, HostedGroups.METHOD,
            SurnameTeams.LAB_PLACE, SpeakingOrganisation.JOINED_US);

    private LaterWorkplaces() {
    }

    /** Adds, for every study led by someone said to work somewhere later in the text, that it was done there. */
    static void conduct(Reading r, List<Statement> found) {
        List<Statement> added = new ArrayList<>();
        for (Statement lead : found) {
            if (lead.relation() != RelationType.LED_BY || lead.evidence().negated() || conducted(found, lead.subject())) {
                continue;
            }
            for (Statement post : found) {
                boolean later = post.relation() == RelationType.AFFILIATED_WITH && !post.evidence().negated()
                        && post.subject().equals(lead.object())
                        && (post.evidence().sentenceIndex() > lead.evidence().sentenceIndex()
                        || STANDING_POSTS.contains(post.evidence().method()) // a post held before the study
                        || PLACED_ANYWHERE.contains(lead.evidence().method())) // "the lab of X at Y ... X et al., J"
                        && post.object().type() == EntityType.ORGANIZATION && !movedTo(r, post.evidence());
                if (later && added.stream().noneMatch(a -> a.subject().equals(lead.subject())
                        && a.object().equals(post.object()))) {
                    Evidence at = post.evidence();
                    added.add(new Statement(RelationType.CONDUCTED_BY, new Evidence(at.sentenceIndex(), at.sentence(),
                            at.sentenceText(), lead.evidence().subject(), at.object(), at.trigger(), at.triggerText(),
                            "study-leader-later-affiliation", CONFIDENCE, false, false)));
                }
            }
        }
        found.addAll(added);
    }

    /** "X, who is now a professor at Y": the workplace the affiliation's evidence names is one the leader moved to. */
    private static boolean movedTo(Reading r, Evidence at) {
        int si = at.sentenceIndex();
        Sentence s = r.sentence(si);
        Mention person = r.startingAt(si, s.tokenStartingAt(at.subject().span().start()));
        Mention org = r.startingAt(si, s.tokenStartingAt(at.object().span().start()));
        return person != null && org != null && FormerWorkplaces.movedTo(s, person, org);
    }

    private static boolean conducted(List<Statement> found, Node study) {
        return found.stream().anyMatch(s -> s.relation() == RelationType.CONDUCTED_BY && s.subject().equals(study));
    }
}
