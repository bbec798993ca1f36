package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;
import org.litkg.recognition.Cues.Category;

/**
 * Proper names told apart by their words and context: organisations by a head word
 * ("Cornell University", "University of California, San Francisco", "Food and Drug
 * Administration"), journals by a publication context ("published in Hepatology Communications"),
 * people by a title, a role in apposition, or a reporting verb ("Prashanth Sethupathy, the Cornell
 * researcher", "said Jane Doe").
 */
public final class NameRecognizer implements MentionRecognizer {

    private final Cues cues;
    private final CompanyContext companies;
    private final NameRuns runs;
    private final PersonNames persons;

    public NameRecognizer(Cues cues) {
        this.cues = cues;
        this.companies = new CompanyContext(cues);
        this.runs = new NameRuns(cues);
        this.persons = new PersonNames(cues, runs);
    }

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        int i = 0;
        while (i < s.size()) {
            int end = runs.end(s, i);
            if (end > i) {
                classify(s, i, end, out);
                i = end;
            } else {
                i++;
            }
        }
    }

    /** Medical journals' brands, which open only their own journals' titles: "The Lancet Respiratory Medicine". */
    private static final java.util.Set<String> JOURNAL_BRANDS = java.util.Set.of("Lancet", "JAMA", "BMJ");
    /** A document's own parts, numbered: "the review described in Section 6", "shown in Table 2", not journals. */
    private static final java.util.Set<String> DOCUMENT_PARTS = java.util.Set.of("Section", "Chapter", "Table", "Figure",
            "Appendix", "Annex", "Part", "Page", "Box", "Supplement");
    /** Verbs whose "by" names a company: "run by", "developed by", "sponsored by". */
    private static final java.util.Set<String> BY_COMPANY_VERBS = java.util.Set.of("run", "developed", "sponsored", "made",
            "funded", "marketed", "conducted");
    /** Organisation heads that end journals' titles too, which a publication's context makes a journal. */
    private static final java.util.Set<String> JOURNAL_FIELD_HEADS = java.util.Set.of("Medicine", "Therapeutics");
    /** Science journals whose names open their families' titles: "Nature Microbiology", "Cell Reports". */
    private static final java.util.Set<String> JOURNAL_FAMILIES = java.util.Set.of("Nature", "Cell", "Science");

    private static boolean opensJournalTitle(String word) {
        return word.equals("The") || JOURNAL_BRANDS.contains(word) || JOURNAL_FAMILIES.contains(word);
    }

    private void classify(Sentence s, int from, int end, List<Mention> out) {
        if (end - from >= 3 && (s.token(from).text().equals("Shares") || s.token(from).text().equals("Stock"))
                && s.lower(from + 1).equals("of")) {
            classify(s, from + 2, end, out); // "Shares of Verastem Oncology jumped": the company whose shares they are
            return;
        }
        int personEnd = personBeforeOf(s, from, end);
        if (personEnd > 0) {
            classify(s, from, personEnd, out); // "Teresa Tarrant of Duke University": a person, then an organisation
            classify(s, personEnd + 1, end, out);
            return;
        }
        boolean journalTitle = end - from >= 3 && (NameRuns.PERIODICAL_HEADS.contains(s.token(from).text())
                && s.lower(from + 1).equals("of") || NameRuns.IN_PERIODICAL_HEADS.contains(s.token(from).text())
                && s.lower(from + 1).equals("in"));
        // "BMC Cancer 2026; 26: 1187", "X | Case Series | Published online 2026" opening its line: a journal, no cancer
        // one word too where a stop follows it, as a reference abbreviates: "Lupus. 2026;35(2):112-120"
        boolean cited = from == 0 && (end - from >= 2 || s.lower(end).equals("."))
                && PublicationContext.citesDocumentAfter(s, end);
        journalTitle |= cited;
        int brand = s.token(from).text().equals("The") ? from + 1 : from;
        // "The Lancet Respiratory Medicine", "JAMA Oncology": a medical journal's brand opens only its own journals' titles
        journalTitle |= end - brand >= 2 && JOURNAL_BRANDS.contains(s.token(brand).text());
        if (journalTitle || end - from >= 2 && s.token(end - 1).text().equals("Journal")
                && PublicationContext.isJournalSlot(s, from, cues)) {
            // "Annals of Neurology": named as journals are wherever they stand
            double confidence = cited ? 0.95 : 0.75;
            out.add(MentionRecognizer.mention(s, from, end, EntityType.JOURNAL, s.textOf(from, end), null, confidence,
                    "name-journal", false)); // "the European Respiratory Journal": the title's first word is part of it
            return;
        }
        int runStart = from;
        // "Professor of Medicine": after a title, its connector opens no name either
        while (from < end && (cues.is(Category.NOT_A_NAME, s.token(from).text()) && !MonthNames.isFirstName(s, from, end)
                || cues.is(Category.TITLE_WORD, s.token(from).text()) || isRoleBeforeTitle(s, from, end)
                || !NameRuns.opensName(s, from))) {
            from++;
        }
        for (int k = end - 2; k > from; k--) {
            if (cues.is(Category.TITLE_WORD, s.token(k).text()) && persons.isPersonName(s, k + 1, end)) {
                from = k + 1; // "U.S. District Judge Eleanor Voss-Adebayo": the office before the title is no name
                break;
            }
        }
        from = postBeforeName(s, from, end); // "Chief Executive Martina Oyelaran-Voss said": the post is no part of the name
        if (ChairFields.isField(s, from, end)) {
            return; // "Professor of Comparative Medicine and Pathobiology": the chair's field
        }
        int officer = CompanyOfficers.titleInRun(s, from, end, persons);
        if (officer > 0) {
            addCompany(s, from, officer, out); // "Tarnfield CEO Mira Solberg-Akande said": a company, its officer's post,
            classify(s, officer + 1, end, out); // then the officer
            return;
        }
        int roleOf = postBeforeOf(s, from, end);
        if (roleOf > from) {
            int before = out.size();
            classify(s, roleOf, end, out); // "President and Chief Executive Officer of RAPT Therapeutics": the employer
            if (out.size() == before && s.lower(roleOf - 2).equals("officer") && end - roleOf <= 3) {
                addCompany(s, roleOf, end, out); // "Chief Medical Officer of Ardent Neuro": an officer's is a company
            }
            return;
        }
        if (from >= end) {
            return;
        }
        int and = coordinatedAfterOrg(s, from, end, out);
        if (and > 0) { // "the Medical Research Council and X": the modifiers skipped above open the first name
            int first = runs.modifiersBefore(s, from, runStart);
            classify(s, first, and, out); // "the Rockefeller University and Pfizer": two organisations
            if (!runs.orgHeadWithin(s, and + 1, end - and - 1)) {
                addCompany(s, and + 1, end, out);
            } else {
                classify(s, and + 1, end, out);
            }
            return;
        }
        int orgHead = -1;
        boolean agency = false;
        for (int k = from; k < end; k++) {
            if (cues.is(Category.ORG_HEAD, s.token(k).text())) {
                orgHead = k;
                agency |= cues.is(Category.AGENCY_HEAD, s.token(k).text());
            }
        }
        boolean modified = from > runStart && cues.is(Category.ORG_MODIFIER, s.token(from - 1).text()); // "European Commission"
        if (orgHead >= 0 && end - from == 1 && !modified) {
            return; // "Laboratory experiments", "University researchers": a head word alone names nothing
        }
        if (orgHead >= 0 && orgHead < end - 1 && cues.isRoleNoun(s.token(end - 1).text())) {
            return; // "Dr X, Group Leader, Institute of Y", "Laboratory Director": a post named for its unit
        }
        boolean journalSlot = (PublicationContext.isJournalSlot(s, from, cues) || from > runStart
                && PublicationContext.isJournalSlot(s, runStart, cues)) && !isDateOrNumber(s.token(from)) // "in British X"
                && !(DOCUMENT_PARTS.contains(s.token(from).text()) && from + 1 < s.size()
                && isDateOrNumber(s.token(from + 1))) // "described in Section 6"
                && !PublicationContext.namesLanguages(s, from, end, cues) // "published in Swedish"
                && !ResearchPlaces.placeOfResearch(s, from, end); // "a centre for antibiotic research in Leeds"
        boolean periodical = NameRuns.PERIODICAL_HEADS.contains(s.token(from).text()) && s.lower(from + 1).equals("of");
        // "Nature Reviews Neurology": a family's review journal, wherever it is named
        journalSlot |= JOURNAL_FAMILIES.contains(s.token(runStart).text()) && s.lower(runStart + 1).equals("reviews")
                && end - runStart >= 3;
        if (orgHead >= 0 && periodical) {
            orgHead = -1; // "the Journal of the American Academy of Dermatology", "Proceedings of the National Academy"
            journalSlot = true;
        }
        if (orgHead >= 0 && journalSlot && JOURNAL_FIELD_HEADS.contains(s.token(orgHead).text())) {
            // "appear in The Lancet Respiratory Medicine", "published in Molecular Cancer Therapeutics": a journal, not a
            // school or a company
            orgHead = -1;
        }
        if (orgHead >= 0) {
            from = runs.modifiersBefore(s, from, runStart); // "National Center for Tumor Diseases"
            int orgEnd = LocatedOrgNames.end(runs, s, from, end);
            boolean legalForm = orgEnd - from > 2 && s.lower(orgEnd - 2).equals(",")
                    && NameRuns.LEGAL_FORMS.contains(s.token(orgEnd - 1).text());
            orgEnd = legalForm ? orgEnd - 2 : orgEnd; // "Ardent Neuro, Inc.": the name the company goes by
            EntityType type = Regulators.isRegulator(s.textOf(from, orgEnd), agency) ? EntityType.REGULATORY_AGENCY
                    : EntityType.ORGANIZATION;
            out.add(MentionRecognizer.mention(s, from, orgEnd, type, s.textOf(from, orgEnd), null, 0.8, "name-org", false));
            return;
        }
        if (end - from >= 2 && s.token(from).text().equals("NHS")) {
            out.add(MentionRecognizer.mention(s, from, end, EntityType.ORGANIZATION, s.textOf(from, end), null, 0.8,
                    "name-org", false)); // "NHS Lothian", "NHS England": the health service's boards and bodies
            return;
        }
        if (PossessedRoles.ownsPost(s, from, end, cues)) { // "The NFU's farmer health lead, X"
            out.add(MentionRecognizer.mention(s, from, end, EntityType.ORGANIZATION, s.textOf(from, end), null, 0.7,
                    "name-org", false));
            return;
        }
        if (companies.isCompanyContext(s, from, end) && from == runStart && end - from <= 3) {
            int between = indexOf(s, "and", from, end);
            if (between > from && end - from == 3) {
                addCompany(s, from, between, out); // "developed by AstraZeneca and Amgen": two companies
                addCompany(s, between + 1, end, out);
            } else {
                addCompany(s, from, end, out); // "the Japanese drugmaker Shionogi"
            }
            return;
        }
        if (AddressInstitutions.isInstitution(s, runStart, end, out)) {
            // "Department of Oncology, Rigshospitalet, Copenhagen, Denmark": the department's institution
            out.add(MentionRecognizer.mention(s, runStart, end, EntityType.ORGANIZATION, s.textOf(runStart, end), null, 0.7,
                    "name-org", false));
            return;
        }
        boolean afterRoleAt = s.lower(runStart - 1).equals("at") && (cues.isRoleNoun(s.lower(runStart - 2))
                || cues.is(Category.RESEARCHER_NOUN, Lemmatizer.singular(s.lower(runStart - 2)))
                || s.lower(runStart - 3).equals("of") && cues.isRoleNoun(s.lower(runStart - 4))); // "professor of X at Y"
        Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
        afterRoleAt |= (s.lower(runStart - 1).equals("of") || s.lower(runStart - 1).equals("from")) && last != null
                && last.type() == EntityType.PERSON && last.to() == runStart - 1; // "Antonio Anzueto of UT Health San
        // Antonio", "Mark Lebwohl from Mount Sinai"
        if (afterRoleAt && !journalSlot && end - runStart >= 2 && end - runStart <= 4) {
            // "a pulmonologist at National Jewish Health": where people work (one word may be a short form, below)
            out.add(MentionRecognizer.mention(s, runStart, end, EntityType.ORGANIZATION, s.textOf(runStart, end), null, 0.7,
                    "name-workplace", false));
            return;
        }
        if (journalSlot) {
            while (from > runStart && opensJournalTitle(s.token(from - 1).text())) {
                from--; // "The Lancet Haematology", "Nature Microbiology"
            }
            while (from > runStart && cues.is(Category.ORG_MODIFIER, s.token(from - 1).text())) {
                from--; // "the American Journal of Respiratory and Critical Care Medicine"
            }
            out.add(MentionRecognizer.mention(s, from, end, EntityType.JOURNAL, s.textOf(from, end), null, 0.75,
                    "name-journal", false));
            return;
        }
        if (end - from >= 2 && s.token(end - 1).text().equals("Oncology") && s.lower(from - 1).equals("by")
                && BY_COMPANY_VERBS.contains(s.lower(from - 2))) {
            // "The trial was run by Taiho Oncology": a company named for its field, where "Oncology" heads no unit
            out.add(MentionRecognizer.mention(s, from, end, EntityType.ORGANIZATION, s.textOf(from, end), null, 0.7,
                    "name-employer", false));
            return;
        }
        if (CompanyOfficers.isEmployer(s, end)) {
            // "Immune-Onc's chief medical officer, Dr. Felix Brandauer": what has a chief officer is a company
            out.add(MentionRecognizer.mention(s, from, end, EntityType.ORGANIZATION, s.textOf(from, end), null, 0.7,
                    "name-employer", false));
            return;
        }
        int words = end - from - PersonNames.hyphens(s, from, end); // "Keun-Wook Lee-Marchetti" is four words, not six
        if (end - from >= 2 && words <= 4 + persons.particles(s, from, end) && persons.isPersonName(s, from, end)
                && !cues.isRoleNoun(s.token(end - 1).text()) && persons.hasPersonContext(s, from, end)) { // not "Staff Writer"
            out.add(MentionRecognizer.mention(s, from, end, EntityType.PERSON, s.textOf(from, end), null, 0.8,
                    "name-person", false));
        } else if (end - from == 1 && persons.leadsColleaguesAt(s, from, end)
                && !cues.is(Category.ORG_HEAD, s.token(from).text())) {
            // "Lindqvist and colleagues at the Karolinska Institutet show": a first author the text names no further
            out.add(MentionRecognizer.mention(s, from, end, EntityType.PERSON, s.textOf(from, end), null, 0.7,
                    "name-colleagues", false));
        } else if (end - from == 1 && PersonalCues.namedRelative(s, from) && persons.isPersonName(s, from, end)) {
            // "When our son Leo was diagnosed": a family's story names its people by their given names
            out.add(MentionRecognizer.mention(s, from, end, EntityType.PERSON, s.textOf(from, end), null, 0.7,
                    "name-relative", false));
        } else if (end - from == 1 && from > runStart && isSurnameAfterTitle(s, from)) {
            // "Dr Fitzgerald asked", "Ms Liu said": a title names a person even where the text never gives the full name
            out.add(MentionRecognizer.mention(s, from, end, EntityType.PERSON, s.textOf(from, end), null, 0.7,
                    "name-title", false));
        }
    }

    /**
     * A surname right after a title ("Dr", "Professor", "Ms"): a word that is no name's part and no organisation's head,
     * and not the possessive that opens a company's name ("Dr. Reddy's Laboratories").
     */
    private boolean isSurnameAfterTitle(Sentence s, int k) {
        Token t = s.token(k);
        boolean companyPossessive = k + 2 < s.size() && s.token(k + 1).isPossessive() && NameRuns.startsName(s.token(k + 2));
        return cues.is(Category.TITLE_WORD, s.token(k - 1).text()) && persons.isPersonName(s, k, k + 1) && !companyPossessive
                && !cues.is(Category.ORG_HEAD, t.text()) && !cues.isRoleNoun(t.text())
                && java.util.Arrays.stream(t.text().split("-", -1)) // "Lord Pendry-Akintola": a double-barrelled name
                        .allMatch(part -> part.length() > 1 && Character.isUpperCase(part.charAt(0))
                                && part.chars().filter(Character::isUpperCase).count() == 1);
    }

    private static int indexOf(Sentence s, String word, int from, int end) {
        for (int k = from; k < end; k++) {
            if (s.lower(k).equals(word)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * In "Some University and Other" or "the University of Tokyo and Astellas Pharma", the index of the "and"
     * that joins two organisations: after an organisation's head word, or between two names that each have
     * one ("Food and Drug Administration" and "Brigham and Women's Hospital" have one head between them), or after an
     * organisation the lexicon knows ("Takeda and Protagonist Therapeutics"); -1 if none.
     */
    private int coordinatedAfterOrg(Sentence s, int from, int end, List<Mention> out) {
        // "the Medicines and Poisons Board": one board, though "Revolution Medicines" is a company
        int last = Regulators.licensesMedicines(s.textOf(from, end)) ? from : end - 1;
        for (int k = from + 1; k < last; k++) {
            if (!s.lower(k).equals("and")) {
                continue;
            }
            int and = k;
            if (out.stream().anyMatch(m -> m.from() == from && m.to() == and && m.type() == EntityType.ORGANIZATION)) {
                return k;
            }
            boolean headBefore = runs.orgHeadWithin(s, from, k - from);
            if (runs.joinsFieldsAfterOf(s, from, k, end)) {
                continue; // "London School of Hygiene and Tropical Medicine": one name
            }
            if (cues.is(Category.ORG_HEAD, s.token(k - 1).text()) || headBefore && runs.orgHeadWithin(s, k + 1, end - k - 1)) {
                return k;
            }
        }
        return -1;
    }

    private void addCompany(Sentence s, int from, int end, List<Mention> out) {
        if (end - from <= 3 && !cues.is(Category.NOT_A_NAME, s.token(from).text())) {
            out.add(MentionRecognizer.mention(s, from, end, EntityType.ORGANIZATION, s.textOf(from, end), null, 0.75,
                    "name-company", false));
        }
    }

    /** Words of a post's title besides role nouns: "Chief Executive Officer", "Chief Operating Officer". */
    private static final Set<String> POST_WORDS = Set.of("and", "executive", "operating", "financial", "medical",
            "scientific", "technology", "commercial", "vice", "senior", "global");

    /** The token after the "of" that ends a post's title opening the run ("Chief Executive Officer of"), else from. */
    private int postBeforeOf(Sentence s, int from, int end) {
        int k = from;
        while (k < end && (cues.isRoleNoun(s.lower(k)) || POST_WORDS.contains(s.lower(k)))) {
            k++;
        }
        return k > from && k < end - 1 && s.lower(k).equals("of") && cues.isRoleNoun(s.lower(k - 1)) ? k + 1 : from;
    }

    /** The first token of a person's name after a post's title opening the run ("Chief Executive", "CEO"), else from. */
    private int postBeforeName(Sentence s, int from, int end) {
        int k = from;
        while (k < end && (cues.isRoleNoun(s.lower(k)) || POST_WORDS.contains(s.lower(k)))) {
            k++;
        }
        return k > from && end - k >= 2 && persons.isPersonName(s, k, end) ? k : from;
    }

    /** "Discussant Professor Amira Haddad-Lindqvist": a role capitalised before a title is no part of the name. */
    private boolean isRoleBeforeTitle(Sentence s, int k, int end) {
        return k + 1 < end && cues.isRoleNoun(s.lower(k)) && cues.is(Category.TITLE_WORD, s.token(k + 1).text());
    }

    /** In "Name Surname of Some University", the index of "of"; -1 when the run is not a person of an organisation. */
    private int personBeforeOf(Sentence s, int runStart, int end) {
        int from = isRoleBeforeTitle(s, runStart, end) ? runStart + 1 : runStart;
        while (from < end && cues.is(Category.NOT_A_NAME, s.token(from).text())) {
            from++; // a dedication's "For Professor X of Y": the capitalised word opening the line is no name
        }
        while (from < end && cues.is(Category.TITLE_WORD, s.token(from).text())) {
            from++; // "Dr. Timothy Craig of Penn State Health": the title is no part of the name
        }
        // "Keun-Wook Lee-Marchetti of": a hyphen is no word of the name
        for (int k = from + 2; k < end - 1 && k - PersonNames.hyphens(s, from, k) <= from + 4; k++) {
            if (s.lower(k).equals("of")) {
                for (int j = from; j < k; j++) {
                    if (cues.is(Category.ORG_HEAD, s.token(j).text())) {
                        return -1;
                    }
                }
                boolean orgAfter = false;
                for (int j = k + 1; j < end; j++) {
                    orgAfter |= cues.is(Category.ORG_HEAD, s.token(j).text());
                }
                // "led by Antonio Anzueto of UT Health San Antonio": the person's context vouches for the workplace
                return (orgAfter || persons.hasPersonContext(s, from, k)) && persons.isPersonName(s, from, k) ? k : -1;
            }
        }
        return -1;
    }

    private static boolean isDateOrNumber(Token t) {
        return t.text().chars().anyMatch(Character::isDigit);
    }
}
