package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * "the trial, which I lead", "the paper, which she designed and led": a relative clause by which the person its pronoun
 * stands for leads the study before it, "she went on to lead X" a named trial, and the titled person such a "she" or
 * "he" stands for.
 */
final class RelativeLeaders {

    private RelativeLeaders() {
    }

    /** The verbs of a relative clause by which its subject leads the study it is on: "which I lead", "that she ran". */
    private static final Set<String> RELATIVE_LEADS = Set.of("lead", "leads", "led", "co-lead", "co-leads", "co-led", "run", "runs",
            "ran", "head", "heads", "headed", "direct", "directs", "directed");
    /** The pronouns such a clause's leader may be. */
    private static final Set<String> LEADING_PRONOUNS = Set.of("i", "she", "he");

    /**
     * "the trial, which I lead", "the study, which she ran" ending at the verb at k: a study noun, "which" or "that", a
     * pronoun, then the verb; the pronoun's person leads the study.
     */
    static boolean relativeLeadAt(Reading r, int si, int k) {
        return relativeLeaderAt(r, si, k) >= 0;
    }

    /**
     * The pronoun of a relative clause whose verb at k leads the study before it, or -1: "the study, which she ran",
     * and with a verb of her share before it, "the paper, which she designed and led".
     */
    static int relativeLeaderAt(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        boolean shared = k >= 3 && s.lower(k - 1).equals("and") && s.token(k - 2).text().chars().allMatch(Character::isLowerCase);
        int pronoun = shared ? k - 3 : k - 1;
        int which = pronoun - 1;
        int noun = s.lower(which - 1).equals(",") ? which - 2 : which - 1;
        boolean clause = RELATIVE_LEADS.contains(s.lower(k)) && LEADING_PRONOUNS.contains(s.lower(pronoun))
                && Reading.RELATIVE_PRONOUNS.contains(s.lower(which)) && noun >= 0 && LeaderCues.isStudyAt(r, si, noun);
        return clause ? pronoun : -1;
    }

    /**
     * The pronoun of any reading at the verb at k ({@link #relativeLeaderAt}, {@link #trialLeaderAt}, a trainee's "I"
     * in {@link LaboratoryHeads#traineeAt}), or -1.
     */
    static int leaderAt(Reading r, int si, int k) {
        int leader = Math.max(relativeLeaderAt(r, si, k), trialLeaderAt(r, si, k));
        leader = Math.max(leader, answeredFindingAt(r, si, k));
        return Math.max(Math.max(leader, LaboratoryHeads.traineeAt(r, si, k)), findingWeAt(r.sentence(si), k));
    }

    /** Whether the leader found at {@code pronoun} speaks in the first person: "I", "we", or an interview's answer. */
    static boolean firstPerson(Reading r, int si, int k, int pronoun) {
        Sentence s = r.sentence(si);
        return pronoun >= 0 && (s.token(pronoun).text().equals("I") || s.lower(pronoun).equals("we")
                || answeredFindingAt(r, si, k) == pronoun);
    }

    /** An interview's question asking what the guest's team found: "What did your team find?". */
    private static final java.util.regex.Pattern FINDING_QUESTION = java.util.regex.Pattern.compile(
            "(?:so,? )?what (?:did|have) (?:you|your (?:team|group|lab|laboratory)) (?:find|found|discover|discovered"
            + "|show|shown|learn|learned|learnt)(?: out)?\\?");

    /**
     * The answer to an interview's question on what the guest's team found ("What did your team find?" over "Infected
     * macrophages release CXCL9"): the answer's first word, at its first verb k = 1 only, so the answer is read once,
     * as the findings of the guest ({@link Narrator}) whose answers speak for them; else -1.
     */
    private static int answeredFindingAt(Reading r, int si, int k) {
        boolean asked = k == 1 && si > 0 && FINDING_QUESTION.matcher(
                r.sentence(si - 1).text().strip().toLowerCase(java.util.Locale.ROOT)).matches();
        return asked ? 0 : -1;
    }

    /**
     * A seminar abstract's "Abstract: We show that X binds Y": "we" opening the sentence or its short label, a finding
     * verb at k ({@link LeaderCues#FINDING_VERBS}) and "that"; the token of "we", or -1. Not "In her lab we showed",
     * nor a member's "...: we found that", whose group someone else heads.
     */
    static int findingWeAt(Sentence s, int k) {
        boolean opening = k == 1 || k >= 2 && s.afterWrittenColon(0, ABSTRACT_LABEL_WORDS) == k - 1;
        boolean finding = opening && s.lower(k - 1).equals("we")
                && LeaderCues.FINDING_VERBS.contains(s.token(k).lemma()) && s.lower(k + 1).equals("that");
        return finding ? k - 1 : -1;
    }

    /** How many words the label before an abstract's "We show" may take: "Abstract:", "Talk summary:". */
    private static final int ABSTRACT_LABEL_WORDS = 2;

    /** Words between "she" and a verb of leading: "she now leads", "she went on to lead", "she also co-leads". */
    private static final Set<String> LEAD_FILLERS = Set.of("now", "also", "then", "later", "went", "goes", "on", "to",
            "currently", "still");
    private static final int FILLER_REACH = 3;
    /** How far after the verb the study noun may be: "leads the phase 1 trial". */
    private static final int LED_TRIAL_REACH = 5;

    /**
     * "She went on to lead PLEXUS-2", "He now leads KESTREL-9", "He leads the phase 1 trial": a pronoun, then the verb
     * at k and a named trial or a study noun right after it; the pronoun, or -1.
     */
    static int trialLeaderAt(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        Mention trial = r.startingAt(si, k + 1);
        boolean named = trial != null && trial.type() == EntityType.CLINICAL_TRIAL;
        if (!RELATIVE_LEADS.contains(s.lower(k)) || !named && !LeadObjects.studyNounWithin(r, si, k, LED_TRIAL_REACH)) {
            return -1; // "He leads the phase 1 trial of GX-41": a study noun after the verb will do as well
        }
        for (int j = k - 1; j >= Math.max(0, k - 1 - FILLER_REACH); j--) {
            if (LEADING_PRONOUNS.contains(s.lower(j))) {
                return j;
            }
            if (!LEAD_FILLERS.contains(s.lower(j))) {
                return -1;
            }
        }
        return -1;
    }

    /** How many sentences back the titled person "she" stands for may be named. */
    private static final int TITLED_PERSON_SENTENCES = 4;

    /**
     * The nearest person named with a title ("Dr.", "Professor") before token k: litkg knows no one's gender, and in a
     * story about a patient and his doctor "she leads" is the doctor's, the researcher the text titles.
     */
    static Argument titledPersonBefore(Reading r, int si, int k) {
        for (int back = si; back >= Math.max(0, si - TITLED_PERSON_SENTENCES); back--) {
            Sentence s = r.sentence(back);
            List<Mention> ms = r.mentions(back);
            for (int i = ms.size() - 1; i >= 0; i--) {
                Mention m = ms.get(i);
                Argument person = m.type() == EntityType.PERSON && !m.anaphoric() && (back < si || m.to() <= k)
                        ? r.argument(m, PERSON) : null;
                // "Dr. Tran Minh Chau" in the opening, then "Chau showed that ...": a titled person named again
                if (person != null && (titled(r, s, m) || titledElsewhere(r, person.node()))) {
                    return new Argument(person.node(), r.sentence(si).token(k).span(), r.sentence(si).token(k).text(), true);
                }
            }
        }
        return null;
    }

    private static final Set<EntityType> PERSON = java.util.EnumSet.of(EntityType.PERSON);

    /** Whether a title word stands right before the name: "Dr. X", "Professor X". */
    private static boolean titled(Reading r, Sentence s, Mention m) {
        int title = s.lower(m.from() - 1).equals(".") ? m.from() - 2 : m.from() - 1;
        return title >= 0 && r.cues.is(Category.TITLE_WORD, s.token(title).text());
    }

    /** Whether the text names the person with a title anywhere. */
    private static boolean titledElsewhere(Reading r, Node person) {
        return NamedMentions.anyBefore(r, r.sentenceCount(), person, PERSON,
                (si, m) -> !m.anaphoric() && titled(r, r.sentence(si), m));
    }

    /**
     * "X, an immunologist at Y, whose": one indefinite description apposed between the comma at {@code from} and
     * {@code to}.
     */
    private static boolean describedBefore(Sentence s, int from, int to) {
        boolean indefinite = s.lower(from).equals(",")
                && (s.lower(from + 1).equals("a") || s.lower(from + 1).equals("an"));
        return indefinite && to - from <= DESCRIPTION_WORDS && !s.anyWordBetween(from + 1, to, java.util.Set.of(","));
    }

    /** How many words a bare post apposed to a person may take: ", retired pharmacologist,". */
    private static final int POST_WORDS = 3;

    /** "X, pharmacologist, whose": a post with no article, its last word a role noun, between commas. */
    private static boolean postApposed(Reading r, Sentence s, int from, int to) {
        boolean words = s.lower(from).equals(",") && to - from >= 2 && to - from <= POST_WORDS + 1
                && java.util.stream.IntStream.range(from + 1, to).noneMatch(j -> s.token(j).isPunctuation());
        return words && s.lower(to).equals(",") && r.cues.isRoleNoun(s.lower(to - 1));
    }

    /** How long a description apposed to a person may be before ", whose": ", a professor of immunology at Y". */
    private static final int DESCRIPTION_WORDS = 12;

    /**
     * "Prof. X at Institut Curie in Paris, whose team found": a person, perhaps with their workplace and its town,
     * right before the comma of the "whose" at k.
     */
    static boolean personBeforeWhose(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (!s.lower(k - 1).equals(",")) {
            return false;
        }
        for (int j = k - 2; j >= 0; j--) {
            Mention m = r.endingAt(si, j);
            if (m != null && m.type() == EntityType.PERSON) { // "X of Y, whose team", "X, Karolinska Institutet, whose"
                // "X, Karolinska Institutet, whose", "X (Kyoto University), whose"
                boolean set = s.lower(m.to()).equals(",") || s.lower(m.to()).equals("(");
                Mention apposed = set ? r.startingAt(si, m.to() + 1) : null;
                int closed = apposed != null && s.lower(apposed.to()).equals(")") ? apposed.to() + 1 : -1;
                int dated = PersonRoles.pastLifeDates(s, m.to()); // "Dr X (1921-2004), pharmacologist, whose"
                return m.to() == k - 1 || Workplaces.afterWorkplace(r, si, m) == k - 1
                        || Workplaces.afterWorkplace(r, si, dated) == k - 1
                        || apposed != null && apposed.type() == EntityType.ORGANIZATION
                        && (apposed.to() == k - 1 || closed == k - 1)
                        || describedBefore(s, m.to(), k - 1) || postApposed(r, s, dated, k - 1);
            }
        }
        return false;
    }
}
