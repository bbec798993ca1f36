package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.PublicationContext;

/**
 * A lab called by its head's surname: "the Ben-Haim lab showed that ...", "from Vashchenko's group". The person named
 * with that surname leads the study the lab reports.
 */
final class SurnameTeams {

    static final Set<String> TEAM_NOUNS = Set.of("lab", "laboratory", "team", "group");
    private static final Set<EntityType> PEOPLE = java.util.EnumSet.of(EntityType.PERSON);

    private SurnameTeams() {
    }

    /** The tokens of the surname in "the X lab showed" or "a study from the X group" ({from, to}), or null. */
    static int[] at(Reading r, int si) {
        Sentence s = r.sentence(si);
        for (int k = 1; k + 2 < s.size(); k++) {
            int end = surnameTeamEnd(s, k);
            // "the Okonkwo lab at Kyoto University showed"
            int verb = end > k ? Workplaces.afterWorkplace(r, si, end + 1) : end + 1;
            boolean teamVerb = end > k && verb < s.size()
                    && LeaderCues.FINDING_VERBS.contains(s.token(verb).lemma()) && !s.lower(verb).endsWith("ing");
            boolean source = end > k && k > 1 && s.lower(k - 2).equals("from"); // "a larger study from the X group"
            if ((teamVerb || source) && person(r, s.textOf(k, end)) != null) {
                return new int[] {k, end};
            }
        }
        return etAlReporting(r, si);
    }

    /**
     * "Haddad-Lindqvist et al. show that ...": a paper's first author named with "et al." before a finding's verb
     * leads the work it reports; the name's tokens and the "et al." after them ({from, to}), or null.
     */
    private static int[] etAlReporting(Reading r, int si) {
        Sentence s = r.sentence(si);
        for (Mention m : r.mentions(si)) {
            int al = m.to() + 1;
            boolean etAl = s.lower(m.to()).equals("et") && (s.lower(al).equals("al.") || s.lower(al).equals("al"));
            int verb = s.lower(al + 1).equals(".") ? al + 2 : al + 1;
            verb = PublicationContext.bracketedYearAt(s, verb) ? verb + 3 : verb; // "Ito et al. (2025) showed"
            if (etAl && m.type() == EntityType.PERSON && !m.anaphoric() && verb < s.size()
                    && LeaderCues.FINDING_VERBS.contains(s.token(verb).lemma()) && !s.lower(verb).endsWith("ing")) {
                return new int[] {m.from(), m.to()};
            }
        }
        return null;
    }

    /**
     * The end of the capitalised words at k in "the X lab" or "the Ben-Haim group" (the token of its team noun), where
     * the text has that shape there; else k.
     */
    private static int surnameTeamEnd(Sentence s, int k) {
        if (!s.lower(k - 1).equals("the")) {
            return k;
        }
        int end = k;
        while (end < s.size() && (s.token(end).isCapitalised() || s.lower(end).equals("-") && end > k)) {
            end++; // "Ben-Haim", cut by the tokenizer at its hyphen
        }
        return end < s.size() && TEAM_NOUNS.contains(Lemmatizer.singular(s.lower(end))) ? end : k;
    }

    /**
     * "The Moreau group asks why ...", then "the group showed that ...": a team named again by its noun alone after the
     * document named one team, and only one, by its head's surname; or "Dr. X and her team ..." ({@link OwnedTeams}),
     * then "the team's earlier trial". The head, as an argument at the team noun (its
     * tokens in {@code at}), or null.
     */
    static Argument namedAgain(Reading r, int si, int[] at) {
        Sentence s = r.sentence(si);
        for (int k = 1; k + 1 < s.size(); k++) {
            boolean team = s.lower(k - 1).equals("the") && TEAM_NOUNS.contains(s.lower(k));
            boolean again = team && LeaderCues.FINDING_VERBS.contains(s.token(k + 1).lemma())
                    && !s.lower(k + 1).endsWith("ing");
            Argument head = again ? onlySurnameTeamBefore(r, si) : null;
            head = head == null && team && ownStudyAfter(r, si, k) ? OwnedTeams.onlyOwnerBefore(r, si) : head;
            if (head != null) {
                at[0] = k;
                at[1] = k + 1;
                return new Argument(head.node(), s.token(k).span(), s.token(k).text(), true);
            }
        }
        return null;
    }

    /** Whether a study noun the team at k owns follows it: "the team's earlier trial", "the team's 2024 study". */
    private static boolean ownStudyAfter(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        int noun = k + 2;
        String w = s.lower(noun);
        noun += StudyPossessors.NEWNESS.contains(w) || w.equals("earlier") || PublicationContext.isYear(w) ? 1 : 0;
        return s.token(k + 1).isPossessive() && r.cues.isStudyOrTrial(Lemmatizer.singular(s.lower(noun)));
    }

    /**
     * A team named by its head's surname in a page's title, its first line: "Vasquez-Holm Lab | People", a photo
     * caption's "The Amankwah lab, November 2026".
     */
    private static final java.util.regex.Pattern TITLE_TEAM =
            java.util.regex.Pattern.compile("^(?:The )?(\\p{Lu}[\\p{L}'-]+) ([Ll]ab|[Ll]aboratory|[Gg]roup)\\b");

    /**
     * The head of the one team an earlier sentence, or the document's title, names by a person's surname ("The X
     * group", "X Lab | People"), else null.
     */
    private static Argument onlySurnameTeamBefore(Reading r, int si) {
        // the title is the text's first line
        java.util.regex.Matcher titled = TITLE_TEAM.matcher(r.doc.analyzed().document().text().strip());
        Argument head = titled.find() ? person(r, titled.group(1)) : null;
        for (int sj = 0; sj < si; sj++) {
            Sentence s = r.sentence(sj);
            for (int k = 1; k + 1 < s.size(); k++) {
                int end = surnameTeamEnd(s, k);
                Argument person = end > k ? person(r, s.textOf(k, end)) : null;
                if (person != null && head != null && !person.node().equals(head.node())) {
                    return null; // two teams: "the group" may be either
                }
                head = person != null ? person : head;
            }
        }
        return head;
    }

    /**
     * "The paper, from Vashchenko's group in ...", "Raman's lab showed that ...", "Dr. X's trial will test whether": a
     * person's team or study that a study comes from or that reports or seeks a finding. The person's mention, or null.
     */
    static Mention possessiveAt(Reading r, int si) {
        Sentence s = r.sentence(si);
        for (Mention m : r.doc.mentions().get(si)) {
            int team = s.lower(m.to() + 1).equals("own") ? m.to() + 2 : m.to() + 1; // "from Dr. X's own group at Y"
            boolean study = team < s.size() && r.cues.isStudyOrTrial(Lemmatizer.singular(s.lower(team)));
            if (m.type() != EntityType.PERSON || team + 1 >= s.size() || !s.token(m.to()).isPossessive()
                    || !TEAM_NOUNS.contains(Lemmatizer.singular(s.lower(team))) && !study) {
                continue;
            }
            int before = LeaderCues.beforeTitles(r, s, m.from()); // "carried out in Professor X's laboratory"
            boolean source = s.lower(before).equals("from") || s.lower(before).equals("in")
                    && DONE_IN.contains(s.lower(before - 1));
            int verb = study && s.lower(team + 1).equals("will") ? team + 2 : team + 1; // "X's trial will test whether"
            boolean finding = LeaderCues.FINDING_VERBS.contains(s.token(verb).lemma())
                    && !s.lower(verb).endsWith("ing");
            if (source || finding) {
                return m;
            }
        }
        return null;
    }

    /** Words before "in" a person's lab that say the work was done there: "carried out in", "done in". */
    private static final Set<String> DONE_IN = Set.of("out", "done", "performed", "conducted", "based");

    /** How many words a title may take between the fronted place's comma and the team's owner: "Dr .". */
    private static final int TITLE_WORDS = 3;

    /**
     * "At Durham University, Dr. X's team tested", perhaps after a caption's label: the institution the sentence opens
     * with, before the owner of a team at token k; its tokens in {@code at}; else null.
     */
    static Argument frontedPlace(Reading r, int si, int k, int[] at) {
        Sentence s = r.sentence(si);
        int open = s.labelColon(2) + 1;
        Argument place = s.lower(open).equals("at") ? r.rightOf(si, open, 2, StudyPatterns.ORGS, at) : null;
        return place != null && s.lower(at[1]).equals(",") && at[1] < k && k - at[1] - 1 <= TITLE_WORDS ? place : null;
    }

    /** How a lab's apposed institution places its head: a standing post, where the lab's work is done. */
    static final String LAB_PLACE = "person-lab-apposed-place";

    /**
     * "Field notes - visit to the Halvorsen-Diallo lab, Karolinska Institutet", a card's "From all of us in the X lab
     * at the Y": a lab called by its head's surname with its institution apposed or after "at" places the person of
     * that surname there.
     */
    static void placeApposed(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (int k = 1; k + 3 < s.size(); k++) {
            int end = surnameTeamEnd(s, k);
            boolean apposed = s.lower(end + 1).equals(",") || s.lower(end + 1).equals("at");
            int at = s.lower(end + 2).equals("the") ? end + 3 : end + 2;
            Mention place = end > k && apposed ? r.startingAt(si, at) : null;
            Argument org = place == null ? null : r.argument(place, StudyPatterns.ORGS);
            Argument head = org == null ? null : person(r, s.textOf(k, end));
            if (head != null) {
                r.emit(RelationType.AFFILIATED_WITH, List.of(head), List.of(org), si, k, end, end, end + 1,
                        LAB_PLACE, 0.7, out);
            }
        }
    }

    /** The person named in the document whose last name is {@code surname}, as an argument at its mention. */
    static Argument person(Reading r, String surname) {
        for (List<Mention> ms : r.doc.mentions()) {
            for (Mention m : ms) {
                String[] words = m.text().split("\\s+");
                // "Jana Moreau", or a name given only as a surname: "Haddad-Lindqvist et al."; a lab may go by the
                // first part of a double surname: "the Amankwah lab" of Dr. Kwame Amankwah-Lindqvist
                String last = words[words.length - 1];
                Argument a = m.type() == EntityType.PERSON && (last.equals(surname) || last.startsWith(surname + "-"))
                        ? r.argument(m, PEOPLE) : null;
                if (a != null) {
                    return a;
                }
            }
        }
        return null;
    }
}
