package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A post a person holds at an institution: "Blood Cancer UK gave Dr. X a five-year fellowship at the University of
 * Birmingham", "Dr. X holds a professorship at Y", "she took up a lectureship at Y". The person works at Y. Where
 * the text says it before the study she leads, the study was done there ({@link LaterWorkplaces}).
 */
final class HeldPosts {

    /** How a placement made from a held post is marked, for LaterWorkplaces. */
    static final String METHOD = "held-post";
    private static final Set<String> POSTS = Set.of("fellowship", "professorship", "chair", "lectureship",
            "studentship", "post", "position", "readership");
    private static final Set<EntityType> PEOPLE = EnumSet.of(EntityType.PERSON);
    private static final Set<EntityType> ORGS = EnumSet.of(EntityType.ORGANIZATION);
    /** How far before the post its holder may be named: "gave Dr. X a new five-year research fellowship". */
    private static final int HOLDER_REACH = 8;

    private HeldPosts() {
    }

    static void read(Reading r, int si, List<Statement> out) {
        heldAward(r, si, out);
        yearsAtAddressed(r, si, out);
        Sentence s = r.sentence(si);
        for (int k = 1; k + 2 < s.size(); k++) {
            if (!POSTS.contains(s.lower(k)) || !s.lower(k + 1).equals("at")) {
                continue;
            }
            Mention org = r.startingAt(si, s.lower(k + 2).equals("the") ? k + 3 : k + 2);
            Argument place = org == null || org.anaphoric() ? null : r.argument(org, ORGS);
            Mention holder = place == null ? null : holderBefore(r, si, k);
            Argument person = holder == null ? null : r.argument(holder, PEOPLE);
            if (person != null) {
                r.emit(RelationType.AFFILIATED_WITH, List.of(person), List.of(place), si, holder.from(), holder.to(),
                        org.from(), org.to(), METHOD, 0.7, out);
            }
        }
    }

    /** What a funder awards, which is held at the holder's institution: "The award will be held at Y". */
    private static final Set<String> AWARDS = Set.of("award", "grant", "fellowship", "studentship", "scholarship");
    /** How far after the award "held" may stand: "The award will be held at". */
    private static final int HELD_REACH = 3;

    /**
     * "Dear Dr. X, ... The award will be held at the University of Edinburgh": an award letter's award is held where
     * its addressee works.
     */
    private static void heldAward(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (int k = 0; k < s.size(); k++) {
            int held = -1;
            for (int j = k + 1; AWARDS.contains(s.lower(k)) && j <= Math.min(s.size() - 2, k + HELD_REACH); j++) {
                held = s.lower(j).equals("held") && s.lower(j + 1).equals("at") ? j : held;
            }
            Mention org = held < 0 ? null : r.startingAt(si, s.lower(held + 2).equals("the") ? held + 3 : held + 2);
            Argument place = org == null || org.anaphoric() ? null : r.argument(org, ORGS);
            Argument holder = place == null ? null : Addressees.at(r, si, k);
            if (holder != null) {
                r.emit(RelationType.AFFILIATED_WITH, List.of(holder), List.of(place), si, k, k + 1, org.from(),
                        org.to(), METHOD, 0.7, out);
            }
        }
    }

    /** Spans of a working life: "thirty years at Y", "two decades at Y". */
    private static final Set<String> SPANS = Set.of("years", "decades");

    /**
     * "Happy retirement, Professor X! Thirty years at the University of Oslo, and you taught us all that ...": years
     * spent at an institution, in a sentence that speaks to the card's or letter's addressee, were theirs there.
     */
    private static void yearsAtAddressed(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        int you = java.util.stream.IntStream.range(0, s.size())
                .filter(k -> s.lower(k).equals("you") || s.lower(k).equals("your")).findFirst().orElse(-1);
        for (int k = 0; you >= 0 && k + 2 < s.size(); k++) {
            Mention org = SPANS.contains(s.lower(k)) && s.lower(k + 1).equals("at")
                    ? r.startingAt(si, s.lower(k + 2).equals("the") ? k + 3 : k + 2) : null;
            Argument place = org == null || org.anaphoric() ? null : r.argument(org, ORGS);
            Argument holder = place == null ? null : Addressees.at(r, si, you);
            if (holder != null) {
                r.emit(RelationType.AFFILIATED_WITH, List.of(holder), List.of(place), si, you, you + 1, org.from(),
                        org.to(), METHOD, 0.7, out);
            }
        }
    }

    /** The person named just before the post at k, with no other name, clause or comma between; else null. */
    private static Mention holderBefore(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        for (int j = k - 1; j >= 0 && j >= k - HOLDER_REACH; j--) {
            Mention m = r.endingAt(si, j);
            if (m != null) {
                return m.type() == EntityType.PERSON && !m.anaphoric() ? m : null;
            }
            if (s.lower(j).equals(",") || s.lower(j).equals("that") || s.lower(j).equals("which")) {
                return null;
            }
        }
        return null;
    }
}
