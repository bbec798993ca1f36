package org.litkg.extraction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.document.Dates;
import org.litkg.recognition.Cues.Category;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.PublicationContext;
import org.litkg.recognition.SourceLines;

/**
 * The studies a document reports, read sentence by sentence: where each was published ("A study published in Science
 * Immunology", "in the journal Gastroenterology"), when, by whom it was conducted ("Cornell University researchers",
 * "scientists at UCSF") and led ("led by X", "X, the researcher leading this work"), and where its people work. A
 * reference to "the study" or "the research" is the study being discussed; a new journal starts a new study.
 */
final class StudyPatterns {

    static final Set<EntityType> ORGS = EnumSet.of(EntityType.ORGANIZATION);
    static final Set<EntityType> ANY_ORG = EnumSet.of(EntityType.ORGANIZATION, EntityType.REGULATORY_AGENCY);
    static final Set<EntityType> PEOPLE = EnumSet.of(EntityType.PERSON);
    private static final Set<EntityType> JOURNALS = EnumSet.of(EntityType.JOURNAL);

    /** An organisation named with a researcher word ("Cornell University researchers"), at that word's token. */
    record Researchers(Argument organization, int token) { }
    private final List<Study> studies = new ArrayList<>();
    /** Where each person was said to work, for a study they are later said to lead. */
    private final java.util.Map<Node, List<Argument>> workplaces = new java.util.HashMap<>();
    private Study current;
    /** The records of an RIS or MEDLINE export, read when the first sentence comes. */
    private RecordStudies records;

    List<Study> studies() {
        return studies;
    }

    void read(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        if (SeparateTrials.opensOwnStudy(r, si, current, out) || SeparateTrials.introducesOwnTrial(r, si, current)
                || SeparateTrials.othersTeamFinds(r, si, current, out)) {
            fresh(); // "ARC-2 is led by Dr. Y", "Prof. Y, whose team found", after a study another person led
        }
        Study journalStudy = publication(r, si, out);
        List<Researchers> conducted = ResearcherTeams.of(r, si, current != null);
        if (!conducted.isEmpty()) {
            Study study = journalStudy != null ? journalStudy : currentOrNew();
            for (Researchers team : conducted) {
                int k = team.token();
                Argument subject = Argument.studyWord(study, s, k);
                r.emit(RelationType.CONDUCTED_BY, List.of(subject), List.of(team.organization()), si, k, k + 1, k, k + 1,
                        "study-researchers", 0.85, out);
            }
        }
        people(r, si, out);
        PossessedWorkplaces.read(r, si, this::remember, out); // "her company, Tidewater Bio,"
        IntroducedRoles.read(r, si, this::remember, out); // "A PhD student at Y found", then "X, the PhD student"
        teamLeader(r, si, out);
        pronounLeader(r, si, out);
        AuthorBlocks.read(r, si, this::currentOrNew, out);
        ConductingOrganisations.read(r, si, this::currentOrNew, out); // "X4 is testing Y in a phase 3 trial called Z"
        PlacedFinders.read(r, si, this::currentOrNew, out); // "Dr. X at Y found that", "Dr. X at Y is studying whether"
        records = records != null ? records : new RecordStudies(r.doc.analyzed().document().text());
        records.read(r, si, this::fresh, out);
    }

    private Study fresh() {
        current = new Study(studies.size() + 1);
        studies.add(current);
        return current;
    }

    private Study currentOrNew() {
        return current != null ? current : fresh();
    }

    /** "published in J", "in the journal J": the study being discussed, or a new one, appeared in J. */
    private Study publication(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        Study first = null; // "X was published in J1, and the follow-up appeared in J2": each journal its own study
        for (Mention m : r.doc.mentions().get(si)) {
            // "Journal of X 2026; 20: 588" opening its line, or a running head's part: "Original research · Journal of X 2026;14"
            boolean citation = (m.from() == 0 || PublicationContext.HEAD_SEPARATORS.contains(s.lower(m.from() - 1)))
                    && CitationLines.isCitation(r, si, m.to()) || SourceLines.isSourceLine(s, m.from(), m.to());
            boolean modifier = PublicationContext.modifiesStudyNoun(s, m.from(), m.to(), r.cues); // "the Cell paper"
            if (m.type() != EntityType.JOURNAL || !PublicationContext.isPublishedSlot(s, m.from(), r.cues) && !citation
                    && !modifier || OpinionPieces.holdsOpinion(s, m.from(), m.to())) {
                continue; // "X, writing in The Lancet, argues that": a view, not a study
            }
            Argument journal = r.argument(m, JOURNALS);
            Optional<Integer> studyWord = modifier ? Optional.of(m.to()) : studyWord(r, s, m.from());
            if (journal == null || (studyWord.isEmpty() && m.from() == 0 && !citation)) {
                continue; // a journal opening the sentence has no word before it to stand for the study
            }
            Node.EntityNode journalNode = (Node.EntityNode) journal.node();
            Study study = studies.stream().filter(x -> x.journal().map(journalNode::equals).orElse(false)).findFirst()
                    .orElseGet(() -> current != null && current.journal().isEmpty() ? current : fresh());
            study.setJournal(journalNode, si);
            Dates.first(s.text()).ifPresent(study::setDateIfAbsent);
            current = study;
            int wordAt = studyWord.orElse(Math.max(0, m.from() - 1)); // a citation's journal stands for the study itself
            wordAt = s.lower(wordAt).equals(":") && wordAt > 0 ? wordAt - 1 : wordAt; // a label's "Where it appeared:"
            int cue = modifier ? m.from() : Math.max(0, m.from() - 1);
            if (PublishedTrials.read(r, si, m.from(), journal, cue, out)) {
                continue; // "the X and Y trials, published in J": each trial appeared in J
            }
            Argument subject = new Argument(new Node.StudyNode(study), s.token(wordAt).span(), s.token(wordAt).text(), false);
            r.emit(RelationType.PUBLISHED_IN, List.of(subject), List.of(journal), si, wordAt, wordAt + 1, cue, cue + 1,
                    "study-publication", 0.9, out);
            int possessed = studyWord.isPresent() ? wordAt : StudyPossessors.nounBeforePublished(r, si, m.from());
            int possessive = possessed >= 0 ? StudyPossessors.possessiveBefore(r, si, possessed) : -1;
            // "our new paper is out in Y": the blog's or the letter's writer (or their lab's head), if the text says
            Argument leader = possessive < 0 ? null : StudyPossessors.leaderOf(r, si, possessive);
            if (leader != null) {
                // "Her best-known work, published in Blood, showed ...": the person whose work it is led it
                r.emit(RelationType.LED_BY, List.of(subject), List.of(leader), si, possessive, possessive + 1, wordAt,
                        wordAt + 1, "study-possessor", 0.7, out);
                conductedAtKnownWorkplaces(r, si, subject, leader, possessive, possessive + 1, wordAt, wordAt + 1, out);
            } else {
                CitedAuthors.lead(r, si, m.from(), subject, out); // "(X et al., J, 2026)": its first author led it
            }
            first = first == null ? study : first;
        }
        return first;
    }

    /** The study noun ("study", "research", "paper") before token {@code before}, if any. */
    private static Optional<Integer> studyWord(Reading r, Sentence s, int before) {
        for (int k = before - 1; k >= 0; k--) {
            if (StudyPossessors.isStudyWord(r, s, k) || StudyPossessors.isPossessedTrial(r, s.index(), k)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Leaders ("led by X", "X, the researcher leading this work") and affiliations ("X, a professor at Y"). */
    private void people(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (Mention m : r.doc.mentions().get(si)) {
            Argument person = m.type() == EntityType.PERSON ? r.argument(m, PEOPLE) : null;
            if (person == null || BracketedAuthors.at(r, si, m)) { // "Y, UK (X, Z); W": BracketedAuthors places them
                continue;
            }
            int by = LeaderCues.beforeTitles(r, s, m.from()); // "led by oncologist Maria Alvarez", "led by Dr. Helena Marquardt"
            int start = m.from();
            while (start > 0 && (r.cues.is(Category.TITLE_WORD, s.token(start - 1).text()) || s.lower(start - 1).equals(".")
                    && start > 1 && r.cues.is(Category.TITLE_WORD, s.token(start - 2).text()))) {
                start--; // "its lead investigator was Dr. Timothy Craig", "our co-lead Prof. Toby Maher"
            }
            start = LeaderCues.afterCopularPost(r, s, start); // "The first author is graduate student X"
            // "the study's senior author, X", "its lead investigator was X"
            boolean linked = s.lower(start - 1).equals(",") || s.lower(start - 1).equals(":") // "Principal investigator: X"
                    || Copulas.COPULAS.contains(s.lower(start - 1));
            int role = linked ? LeaderCues.roleBeforeStudy(r, si, start - 2) : start - 1; // "the PI of VERIDIAN-1 is"
            if (s.lower(start - 1).equals(":") || Copulas.COPULAS.contains(s.lower(start - 1))) {
                // "Principal investigator at this site: Dr. Hannah Becker", "The principal investigator at the Trust is X"
                role = LeaderCues.labelRole(s, role);
            }
            boolean ledBy = ByLeaders.ledOrRunBy(r, si, by)
                    || LeaderCues.isLeaderNoun(s, role) // "Study leader Anna Lindqvist", "the study's senior author, X"
                    || ThesisForms.leads(r, si, start) || LeaderAnswers.answers(r, si, start) // "Who leads it? X"
                    || LeaderCues.coLeader(r, si, by) // "led by Dr. X of Y, together with Dr. Z of W"
                    || LeaderCues.joinedLeader(r, si, by); // "led by Dr. X of Y and Dr. Z of W"
            int apposEnd = m.to();
            int afterPlace = Workplaces.afterWorkplace(r, si, m); // "X of Yale School of Medicine and colleagues"
            int colleague = LabMembers.colleaguesAfter(r, s, afterPlace); // "and colleagues", "and the team at Y"
            boolean colleagues = colleague > 0;
            ledBy |= colleagues || LabMembers.pastFindingWithColleagues(s, m.to()) > m.to(); // "X and colleagues say"
            // "Professor Marchetti's group, studying families, showed that", "Dr X (Y) showed that ... (Gut, 2025)"
            ledBy |= LeaderCues.groupReports(r, s, m.to()) || LeaderCues.reportsCitedFinding(r, si, m);
            ledBy |= LeadObjects.leadsStudyAt(r, si, afterPlace) // "X of Brigham and Women's Hospital led the trial"
                    || LeadObjects.presentsStudyAt(r, si, afterPlace);
            ledBy |= LeaderCues.ledStudyBefore(r, si, start, m.to()); // "the HERCULES trial, which Professor Fox led,"
            int afterPerson = colleagues && afterPlace == m.to() ? colleague + 1 // "Nair and colleagues at McMaster"
                    : LabMembers.pastJoinedTeam(s, PersonRoles.pastLifeDates(s, m.to())); // "X (1950-2020) of Y"
            // "R. Sandoval (PI), Department of Microbiology, Y"; a card's "X and everyone in the lab" over "Y"
            int bracketed = LabMembers.pastTeamSignOff(s, Parentheticals.after(s, m.to()));
            int copularRole = PersonRoles.copularRoleEnd(r, si, m.to());
            int statedAt = Workplaces.atAfter(s, m.to()); // "X is at the Peter MacCallum Cancer Centre"
            if (s.lineBreakBefore(m.to()) || bracketed > m.to() && s.lineBreakBefore(bracketed)) {
                // a signature's name line ("X (@handle)"), then its role and its institution on the lines under it
                apposEnd = s.size();
            } else if (PersonRoles.apposedAfter(s, m) || bracketed > m.to() && s.lower(bracketed).equals(",")) {
                apposEnd = Math.max(m.to(), bracketed) + 1;
                while (PersonRoles.degreeOrAge(r, s, apposEnd) && DEGREE_ENDS.contains(s.lower(apposEnd + 1))) {
                    apposEnd += 2; // "Tomás Aguilar, PhD, Department of Pediatrics", "Lena Fischer, MD — fellow, Y"
                }
                boolean degreeLine = r.cues.is(Category.DEGREE, s.lower(apposEnd)) && s.lineBreakBefore(apposEnd + 1);
                int workplace = PersonRoles.afterRole(r, si, apposEnd);
                apposEnd = workplace > 0 ? workplace : apposEnd; // "X, Chair, Desmoid Tumor Working Group, Y"
                while (apposEnd < s.size() && !s.lower(apposEnd).equals(",") && !s.lower(apposEnd).equals(".")) {
                    // "X, a biologist at Y and the study's senior author"
                    // but not "X, who ran the mouse experiments and now heads the myeloma programme at Y"
                    ledBy |= LeaderCues.LEAD_WORDS.contains(s.lower(apposEnd)) && LeadObjects.studyNounAfter(r, si, apposEnd)
                            || LeaderCues.isLeaderNoun(s, apposEnd);
                    apposEnd++;
                }
                // "Ingo Mellinghoff, a neuro-oncologist at Memorial Sloan Kettering, led the trial"
                ledBy |= s.lower(apposEnd).equals(",") && LeadObjects.leadsStudyAt(r, si, apposEnd + 1);
                apposEnd = degreeLine ? s.size() : apposEnd; // "Samuel Oduya, MD, MPH", then a role and a workplace below
            } else if (Workplaces.placeLinkAt(s, m, afterPerson)) {
                apposEnd = Math.min(s.size(), afterPerson + 6);
            } else if (copularRole > 0) {
                apposEnd = Math.min(s.size(), copularRole + 6); // "X is a consultant neurologist at Y"
            } else if (statedAt > 0) {
                // an author's address: "X is at the Peter MacCallum Cancer Centre"; "X works on the fever ward at Y"
                apposEnd = Math.min(s.size(), statedAt + 7);
            } else if (s.lower(m.to()).equals("(")) {
                // "Amara Okafor (University of Pennsylvania) said", "X (Department of Oncology, Redbridge Medical School)"
                apposEnd = Parentheticals.after(s, m.to(), AFFILIATION_BRACKET);
            }
            // past a long apposition, "X, a professor of ... at Y, who led"; none past a sender's label, "X: To Tomas, who led"
            int reach = s.lower(m.to()).equals(":") ? m.to() : Math.max(m.to() + 16, apposEnd + 5);
            for (int k = m.to(); k < Math.min(s.size() - 1, reach) && !ledBy; k++) {
                Mention other = r.startingAt(si, k);
                if (other != null && other.type() == EntityType.PERSON || s.token(k).isQuote()) {
                    break; // another person's role, or a quotation
                }
                // "X of Duke University, who led the trial";
                // "X of the Y Institute in Nashville, one of the trial's lead investigators"
                // but not "X, who leads trachoma work at WHO and was not involved in the study": an outside voice
                ledBy = (s.lower(k).equals("who") && LeadObjects.leadsAfterWho(s, k + 1)
                        && !LeadObjects.leadsOtherTask(r, si, k + 1)
                        || LeadObjects.isLeaderAt(r, s, k)) && !Workplaces.notInvolvedAfter(s, k);
            }
            Mention employer = RolesBeforePeople.employerBefore(r, si, m); // "Yale University dermatologist Brett King"
            ledBy |= employer != null && LeaderCues.ledByAt(r, s, employer.from() - 1); // "led by X's chief officer, Dr. Y"
            if (ledBy) {
                Study study = currentOrNew();
                Argument subject = new Argument(new Node.StudyNode(study), m.span(), m.text(), true);
                r.emit(RelationType.LED_BY, List.of(subject), List.of(person), si, m.from(), m.to(), m.from(), m.to(),
                        "study-leader", 0.8, out);
            }
            Mention stated = employer != null ? null : Workplaces.statedWorkplace(r, si, m); // "Okafor ... joined X"
            employer = employer != null ? employer : stated != null ? stated
                    : Workplaces.teamInstitutionBefore(r, si, by, m); // "a team at Y, led by X"
            // "X is a scientist at Y of Z and professor at W": Y's institution and a second post, as in an apposition
            for (Mention place : employer == null ? List.<Mention>of() : employer != stated ? List.of(employer)
                    : SecondPosts.workplacesFrom(r, si, stated)) {
                affiliation(r, si, m, person, place, ledBy, out);
            }
            int its = employer == null ? RolesBeforePeople.itsRoleBefore(r, si, m) : -1; // "its chair, Professor X"
            its = its < 0 && employer == null ? RolesBeforePeople.itsRoleAfter(r, si, m) : its; // "X, its founder"
            Argument itsOrganisation = its < 0 ? null : RolesBeforePeople.employerOfRole(r, si, its);
            if (itsOrganisation != null) {
                r.emit(RelationType.AFFILIATED_WITH, List.of(person), List.of(itsOrganisation), si, m.from(), m.to(), its,
                        its + 1, "person-role-of-its", 0.7, out);
            }
            List<Mention> block = apposEnd == s.size() && employer == null ? Workplaces.orgsIn(r, si, m.to(), apposEnd)
                    : List.of();
            for (Mention place : InstitutionParts.wholes(block)) { // a signature's lines: "Division of X, Office of Y, FDA"
                affiliation(r, si, m, person, place, ledBy, out);
                employer = place;
            }
            for (int k = m.to(); k < apposEnd && employer == null; k++) {
                Mention org = r.startingAt(si, k);
                if (org != null && r.argument(org, ANY_ORG) != null) {
                    for (Mention place : SecondPosts.workplacesFrom(r, si, org)) {
                        affiliation(r, si, m, person, place, ledBy, out);
                    }
                    employer = org;
                }
            }
            if (ledBy && employer == null) {
                // "Professor Marchetti's group showed", her workplaces named sentences before: the study was done there
                Argument subject = new Argument(new Node.StudyNode(currentOrNew()), m.span(), m.text(), true);
                conductedAtKnownWorkplaces(r, si, subject, person, m.from(), m.to(), m.from(), m.to(), out);
            }
        }
    }

    /** "Her team led a study of X": the person "her" stands for leads it, where they were said to work conducts it. */
    private void teamLeader(Reading r, int si, List<Statement> out) {
        int k = Math.max(LeaderCues.possessiveTeamLeads(r, si), StudyPossessors.ownFindingAt(r, si));
        Argument leader = k < 0 ? null : StudyPossessors.teamOwner(r, si, k);
        int end = k + 2; // "Her team": the possessive and its noun
        int[] surname = leader == null ? SurnameTeams.at(r, si) : null; // "the Ben-Haim lab showed"
        Mention owner = leader == null && surname == null ? SurnameTeams.possessiveAt(r, si) : null;
        if (owner != null) { // "The paper, from Vashchenko's group in Meridian University's Department of X"
            k = owner.from();
            end = owner.to() + (r.sentence(si).lower(owner.to() + 1).equals("own") ? 3 : 2); // "X's own group at Y"
            leader = r.argument(owner, PEOPLE);
            teamPlace(r, si, owner, leader, end, out);
        }
        if (surname != null) {
            Sentence s = r.sentence(si);
            Argument named = SurnameTeams.person(r, s.textOf(surname[0], surname[1]));
            k = surname[0];
            end = surname[1] + 1;
            leader = new Argument(named.node(), s.spanOf(surname[0], surname[1]), s.textOf(surname[0], surname[1]), true);
        }
        int[] again = {k, end}; // "The X group asks why ...", then "the group showed"
        leader = leader != null || surname != null ? leader : SurnameTeams.namedAgain(r, si, again);
        if (leader == null) {
            return;
        }
        k = again[0];
        end = again[1];
        Argument subject = new Argument(new Node.StudyNode(currentOrNew()), leader.span(), leader.text(), true);
        r.emit(RelationType.LED_BY, List.of(subject), List.of(leader), si, k, end, k, end, "study-team-leader", 0.7, out);
        conductedAtKnownWorkplaces(r, si, subject, leader, k, end, k, end, out);
    }

    /**
     * "In the trial, which she leads, patients get ...": the person the pronoun stands for leads the study; "a trial
     * called X, which I lead": the writer or speaker a first-person text names.
     */
    private void pronounLeader(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (int verb = 1; verb < s.size(); verb++) { // "He leads the trial": the verb may be the second word
            int pronoun = RelativeLeaders.leaderAt(r, si, verb);
            boolean i = RelativeLeaders.firstPerson(r, si, verb, pronoun); // "I", "we", an interview's answer
            Argument leader = pronoun < 0 ? null
                    : i ? Narrator.writer(r, si, pronoun) : RelativeLeaders.titledPersonBefore(r, si, pronoun);
            if (leader != null) {
                Argument subject = new Argument(new Node.StudyNode(currentOrNew()), leader.span(), leader.text(), true);
                r.emit(RelationType.LED_BY, List.of(subject), List.of(leader), si, pronoun, verb, verb, verb + 1,
                        "study-pronoun-leader", 0.7, out);
                conductedAtKnownWorkplaces(r, si, subject, leader, pronoun, verb, verb, verb + 1, out);
            }
        }
    }

    /** How far after a team noun its place may be named: "group in Meridian University's Department". */
    private static final int TEAM_PLACE_WORDS = 3;

    /** "X's group in Y", "X's lab at Y", "At Y, X's team tested": the team's head works at Y. */
    private void teamPlace(Reading r, int si, Mention owner, Argument leader, int end, List<Statement> out) {
        Sentence s = r.sentence(si);
        int[] at = new int[2];
        boolean after = s.lower(end).equals("in") || s.lower(end).equals("at");
        Argument place = leader == null ? null : after ? r.rightOf(si, end, TEAM_PLACE_WORDS, ORGS, at)
                : SurnameTeams.frontedPlace(r, si, owner.from(), at);
        if (place != null) {
            remember(leader, place);
            r.emit(RelationType.AFFILIATED_WITH, List.of(leader), List.of(place), si, owner.from(), owner.to(), at[0], at[1],
                    "person-team-place", 0.75, out);
        }
    }

    /** Where the text said, sentences before, that the study's leader works: the study was done there. */
    private void conductedAtKnownWorkplaces(Reading r, int si, Argument study, Argument leader, int from, int to, int cueFrom,
                                            int cueTo, List<Statement> out) {
        // where the text placed the leader, and where a blog's or a letter's writer said their own group works
        List<Argument> places = Narrator.workPlaces(leader, out, workplaces.getOrDefault(leader.node(), List.of()));
        places.removeIf(place -> NamedConductors.other(r, si, place)); // the text says who ran it instead
        if (!places.isEmpty()) {
            r.emit(RelationType.CONDUCTED_BY, List.of(study), places, si, from, to, cueFrom, cueTo, "study-leader-affiliation",
                    0.6, out);
        }
    }

    /** How long a bracketed workplace after a name may be: "(Department of Oncology, Redbridge Medical School, UK)". */
    private static final int AFFILIATION_BRACKET = 16;

    /** What follows a degree after a person's name: "MD, PhD", "MD — haematology fellow". */
    private static final Set<String> DEGREE_ENDS = Set.of(",", "—", "–");

    /** Keeps where the text said a person works, for a study they are said to lead later. */
    private void remember(Argument person, Argument place) {
        List<Argument> places = workplaces.computeIfAbsent(person.node(), p -> new ArrayList<>());
        if (places.stream().noneMatch(a -> a.node().equals(place.node()))) {
            places.add(place);
        }
    }

    private void affiliation(Reading r, int si, Mention m, Argument person, Mention org, boolean ledBy, List<Statement> out) {
        Sentence s = r.sentence(si);
        if (FormerWorkplaces.notCurrent(s, m, org)) {
            return; // "Media contact: Laura Whitfield, MD Anderson Communications", "X, a former researcher at Y"
        }
        Argument orgArg = r.argument(InstitutionParts.wholeOf(r, org), ANY_ORG); // "the university's School of X"
        if (orgArg.node().type() == EntityType.ORGANIZATION) {
            remember(person, orgArg);
        }
        r.emit(RelationType.AFFILIATED_WITH, List.of(person), List.of(orgArg), si, m.from(), m.to(), org.from(), org.to(),
                "person-apposition", 0.8, out);
        if (ledBy && orgArg.node().type() == EntityType.ORGANIZATION && !NamedConductors.other(r, si, orgArg)
                && !FormerWorkplaces.movedTo(s, m, org)) {
            // The leader's institution is where the study was done, unless the sentence names who ran it.
            Argument subject = new Argument(new Node.StudyNode(currentOrNew()), m.span(), m.text(), true);
            r.emit(RelationType.CONDUCTED_BY, List.of(subject), List.of(orgArg), si, m.from(), m.to(), org.from(), org.to(),
                    "study-leader-affiliation", 0.7, out);
        }
    }
}
