package org.litkg.extraction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * The institution a text's newcomers or visitors come to ("Five new PhD students joined the School of Cancer Sciences
 * at the University of Glasgow", "thank visitors for coming to the University of Sheffield") hosts the research groups
 * the text then shows them: the head of "the group of Professor X", of "Our group, led by X", of the lab of "Dr. Y,
 * whose lab tests plerixafor" works there, unless the text places that person anywhere itself. A welcome post and an
 * open day's script name their institution once, as where the reader is, and never again beside each group.
 */
final class HostedGroups {

    /** How a placement made at the host is marked, for LaterWorkplaces: the post stands before the group's study. */
    static final String METHOD = "host-group-head";
    private static final double CONFIDENCE = 0.5;
    private static final Set<String> NEWCOMERS = Set.of("students", "visitors", "guests", "newcomers", "members",
            "fellows", "trainees", "interns", "postdocs", "starters", "recruits");
    private static final Set<String> ARRIVING = Set.of("joined", "join", "joins", "joining", "coming", "come",
            "came", "arrived", "arrive");
    /** How far after the newcomers their arriving verb may be: "visitors for coming to". */
    private static final int VERB_REACH = 3;
    private static final Set<EntityType> PEOPLE = EnumSet.of(EntityType.PERSON);
    private static final Set<EntityType> ORGS = EnumSet.of(EntityType.ORGANIZATION);

    private HostedGroups() {
    }

    /** Places every unplaced group head the text names at the one institution its newcomers come to, if it has one. */
    static void place(Reading r, List<Statement> found) {
        List<Mention> host = host(r);
        if (host.isEmpty()) {
            return;
        }
        List<Statement> added = new ArrayList<>();
        for (int si = 0; si < r.sentenceCount(); si++) {
            for (Mention m : r.mentions(si)) {
                Argument head = m.type() == EntityType.PERSON && !m.anaphoric() ? r.argument(m, PEOPLE) : null;
                if (head == null || !headsGroup(r, m, head, found) || placed(head, found) || placed(head, added)) {
                    continue;
                }
                Sentence s = r.sentence(si);
                for (Mention org : host) {
                    Argument place = r.argument(org, ORGS);
                    if (place != null) {
                        added.add(new Statement(RelationType.AFFILIATED_WITH, new Evidence(si, s.span(), s.text(), head,
                                place, m.span(), m.text(), METHOD, CONFIDENCE, false, false)));
                    }
                }
            }
        }
        found.addAll(added);
    }

    /** "the group of Professor X", "X, whose lab", or a leader a study statement names. */
    private static boolean headsGroup(Reading r, Mention m, Argument head, List<Statement> found) {
        Sentence s = r.sentence(m.sentence());
        int of = m.from() - 1;
        of = of > 0 && s.token(of).isTitleCase() ? of - 1 : of; // "the group of Professor X"
        boolean groupOf = s.lower(of).equals("of") && SurnameTeams.TEAM_NOUNS.contains(s.lower(of - 1));
        boolean whose = s.lower(m.to()).equals(",") && s.lower(m.to() + 1).equals("whose")
                && SurnameTeams.TEAM_NOUNS.contains(s.lower(m.to() + 2));
        return groupOf || whose || found.stream().anyMatch(st -> st.relation() == RelationType.LED_BY
                && !st.evidence().negated() && st.object().equals(head.node()));
    }

    private static boolean placed(Argument person, List<Statement> statements) {
        return statements.stream().anyMatch(st -> st.relation() == RelationType.AFFILIATED_WITH
                && !st.evidence().negated() && st.subject().equals(person.node()));
    }

    /** The organisations of the text's one sentence of newcomers arriving, "X at Y" both; empty if none or several. */
    private static List<Mention> host(Reading r) {
        List<Mention> host = List.of();
        for (int si = 0; si < r.sentenceCount(); si++) {
            List<Mention> here = arrivals(r, si);
            if (!here.isEmpty() && !host.isEmpty()) {
                return List.of();
            }
            host = here.isEmpty() ? host : here;
        }
        return host;
    }

    private static List<Mention> arrivals(Reading r, int si) {
        Sentence s = r.sentence(si);
        for (int k = 0; k < s.size(); k++) {
            if (!NEWCOMERS.contains(s.lower(k))) {
                continue;
            }
            for (int v = k + 1; v <= Math.min(s.size() - 1, k + VERB_REACH); v++) {
                if (ARRIVING.contains(s.lower(v))) {
                    return chain(r, si, s.lower(v + 1).equals("to") ? v + 2 : v + 1); // not "join us from X"
                }
            }
        }
        return List.of();
    }

    /** The organisation at k (past "the") and those "at" or "," after it: "the School of X at the University of Y". */
    private static List<Mention> chain(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        List<Mention> orgs = new ArrayList<>();
        while (k < s.size()) {
            Mention org = r.startingAt(si, s.lower(k).equals("the") ? k + 1 : k);
            if (org == null || org.anaphoric() || org.type() != EntityType.ORGANIZATION) {
                break;
            }
            orgs.add(org);
            boolean more = s.lower(org.to()).equals("at") || s.lower(org.to()).equals(",");
            k = more ? org.to() + 1 : s.size();
        }
        return orgs;
    }
}
