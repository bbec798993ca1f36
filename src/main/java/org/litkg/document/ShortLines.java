package org.litkg.document;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines too short or too bare to be sentences that layout reads all the same, for who works where, who wrote what, where
 * a study ran and which company a text speaks for: a signature's "Name, Institution", a role's label and its person, a
 * reply's attribution, a synopsis's sites and acronym, a prospectus's company name, a letter's addressee; and those
 * that say a finding in few words ({@link FindingLines}).
 */
final class ShortLines {

    /** A capitalised word of a person's name: "Okafor", "Clarke-Odum". */
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'-]+";
    private static final String TITLE = SignatureBlocks.TITLE;
    /** A title before a name, academic or not: "Dr.", "Professor", "Mr.", "Ms". */
    private static final String ANY_TITLE = "(Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\\.?";

    /**
     * The words of a whole institution, which a bracket after a name must hold to place the person: "(University of
     * Aberdeen)", "(King's College London)", not a department of an institution left unnamed ("(Department of Pathology)").
     */
    private static final String BRACKETED_INSTITUTION = "(University|Institute|Institutet|Hospital|College|Centre|Center"
            + "|Clinic|Trust|Foundation|Ltd|Inc|plc|GmbH)";

    /** A name of one word and {@code min} to {@code max} more, each after a space: "Ana Ruiz". */
    private static String name(int min, int max) {
        return NAME_WORD + "( " + NAME_WORD + "){" + min + "," + max + "}";
    }

    /**
     * A programme's, a title page's or a signature's line naming a person and their institution, perhaps after a label
     * and with degrees and a role between: "Binita Kamath, The Hospital for Sick Children, Toronto", "Chair: Emmanuel
     * Jacquemin, Bicêtre Hospital, Paris", "Attest: Dr. Ana Silva, Chair, Sarcoma Alliance of North America", "Lena
     * Fischer, MD — haematology fellow, Charité – Universitätsmedizin Berlin", "Signed: R. Sandoval (PI), University of
     * Leeds", a congress report's "Presented by Dr. Ingrid Solheim, Oslo University Hospital", an auction lot's "Donated
     * by Professor X, University of Oxford", a written testimony's "Submitted by X, DVM, PhD, Professor of Y, Z
     * University", a speech's "Remarks as prepared for delivery by Dr. X, professor at Y", a toast's "Transcript of the
     * toast by Professor X, Head of Y, Z Institute", a grant review's "Co-applicant: Dr. X, Y Institute" (a hyphen in the
     * label), a letter's "cc: Dr. X, Elswick Family Practice", a rapporteur's "Rapporteur: Dr. X (University of Y)", a
     * charity's award "£248,000 over three years to Dr. X, University of Y", a poster's "A talk by Dr. X, Y", a poem's
     * "by X, PhD student, Y", a ballot's "Nominated by Dr. X, Y". The institution words are the commonest of the cue
     * list's organisation heads, which recognition reads after layout.
     */
    private static final Pattern PERSON_LINE = Pattern.compile("^((\\p{Lu}[\\p{L}\\d -]{0,30}|cc|bcc):\\s+" // "Seat 1:"
            + "|(Presented|Chaired|Moderated|Reviewed|Written|Edited|Prepared|Compiled|Donated|Submitted|Curated"
            + "|Answered"
            + "|Nominated|Chosen|Selected|Picked) by\\s+"
            // a made thing's credit: "Forecast by Dr. X, Y", "Illustration by X, Y"
            + "|(Forecast|Photo|Photograph|Illustration|Artwork|Design|Drawing|Map|Quiz|Crossword|Poem|Puzzle) by\\s+"
            + "|\\p{Lu}\\p{Ll}+ (written|compiled|edited|prepared) by\\s+" // "Profile written by"
            // a column's "One question for Dr. X, University of Y", "FIVE MINUTES WITH... Dr. X, immunologist at Y"
            + "|(?i:(One|Two|Three|Five|Ten) (questions? for|minutes with))(\\.\\.\\.|…)?\\s+"
            + "|by\\s+" // a poem's credit in lower case: "by X, PhD student, Y"
            // "Remarks as prepared for delivery by"
            + "|((Remarks|Address|Speech|Keynote|Lecture|Transcript|Toast|Tribute)|An? (talk|seminar|lecture))"
            + "( [\\p{Ll} ]{1,40})? by\\s+"
            + "|[£$€][\\d,.]+( million)?( over [\\p{L}\\d ]{1,30})? to\\s+)?" // "£248,000 over three years to"
            + "(" + TITLE + "\\s+)?"
            + "(\\p{Lu}\\.\\s+" + NAME_WORD + "|" + NAME_WORD + "(\\s+\\p{Lu}[\\p{L}'.-]*){1,3})(\\s+\\([^)]*\\))?"
            + "\\s*([,—–-]\\s+.*\\b" + SignatureBlocks.INSTITUTION_WORDS
            + "|\\([^)]*\\b" + BRACKETED_INSTITUTION + ")\\b"); // "Dr. X (University of Y)", not "(Department of Z)"
    private static final int MIN_PERSON_LINE_WORDS = 4;
    /** A bracket holding a titled person and their institution: a list's "business cards (Dr. X Y, Z Institutet)". */
    private static final Pattern BRACKETED_PERSON = Pattern.compile("\\(" + ANY_TITLE + " " + name(1, 2) + ", [^)]*\\b"
            + BRACKETED_INSTITUTION + "\\b[^)]*\\)");
    /**
     * A company's name alone on its line, with its legal form, as a prospectus's cover or a filing's head sets it:
     * "Kelderwick Therapeutics, Inc."; the company that the text's "we" then describes. A report's field may label it and
     * add its city: "Sponsor: X Farma S.A., Lisbon"; a label's closing lines its city, state and ZIP code:
     * "Manufactured for: X, Inc., Boston, MA 02115"; a safety data sheet's "Supplier: X Ltd, Cambridge, UK".
     */
    private static final Pattern COMPANY_LINE = Pattern.compile("^((Sponsor|Funder|Manufacturer|Supplier|Company|"
            + "Marketing authori[sz]ation holder|(Manufactured|Marketed|Distributed|Supplied) (for|by)):\\s+)?"
            + "\\p{Lu}[\\p{L}&'.-]*( \\p{Lu}[\\p{L}&'.-]*){0,4},? "
            + "(Inc\\.|Ltd\\.?|plc|PLC|AG|SE|S\\.A\\.|N\\.V\\.|GmbH|Corp\\.|Corporation|LLC|Limited|AB|ASA|Oyj)"
            // "X S.A., Lisbon", "X, S.A., Barcelona, Spain", "X, Inc., Boston, MA 02115"
            + "(, \\p{Lu}[\\p{L}'-]*( \\p{Lu}[\\p{L}'-]*){0,2}){0,2}(, [A-Z]{2} \\d{5}(-\\d{4})?)?$");
    /**
     * A drug company's department heading its reply to a doctor: "Sanofi Medical Information", "Novo Nordisk Medical
     * Affairs"; the company is the letter's writer.
     */
    private static final Pattern MEDICAL_DEPARTMENT_LINE = Pattern.compile(
            "^\\p{Lu}[\\p{L}&'.-]*( \\p{Lu}[\\p{L}&'.-]*)? Medical (Information|Affairs)( Department| Services)?$");
    /** A role's label and a name of two words: "Candidate: Tomasz Wrobel". */
    private static final int MIN_ROLE_LINE_WORDS = 3;
    /**
     * A role's label and the person in it: "Chair: Dr. Amara Osei, thoracic oncology", "Host: Prof. Willem de Graaf", a
     * report's "Filed by: Dr. X, field coordinator", a monitoring visit's "Monitor: X, Clinical Research Associate, Y",
     * an inspection's "Lead inspector: X, GCP Inspector, Y", a grant's "Co-investigator: Dr. X, Y", a defense
     * announcement's "Candidate: X Y" and "Committee: Dr. A, Dr. B", a form's "NAME: X Y" (a biographical sketch's
     * person), a lab notebook's "Signed: W. X, 18 Nov 2026" and "Witnessed: K. Y", a ward round's "Consultant: Mr. X Y"
     * and "Registrar: Dr. S. Z", a medicines enquiry's "Answered by: X, Senior Pharmacist" and "Checked by: Y", a board
     * report's "Presented by: Professor X, Director of Research", a memorandum's "From: Dr. X, Chief Scientific
     * Officer", a worksheet's "Tutor: Dr. X", a lesson plan's "Teacher: Ms. X", an examination's "Setter: Dr. X" and a
     * report's "Report authors: Dr. X, Senior Fellow, and Y, Research Analyst", a fellowship's "Applicant: Dr. X", a
     * training form's "Trainee: Dr. X, ST4 Haematology", a homework's "Set by: Mr. X", a school report's "Pupil: X Y"
     * and a clinician's role in an application or a handover: "Supporting pharmacist: X, Lead Pharmacist", "Staff
     * Nurse: X", and a module description's "Module leader: Dr. X", a patient's card's own "My consultant: Dr. X", and
     * a purchase requisition's "Requested by: X (postdoctoral researcher)" and "Budget holder: Dr. Y", minutes'
     * "Present: Dr. X" and "Apologies: Dr. Y", and an oral history's "Interviewee: Dr X, retired haematologist".
     */
    private static final Pattern ROLE_LINE = Pattern.compile("^((?:My|Your) \\p{Ll}+(?: \\p{Ll}+)?|"
            + "Chair|Co-chair|Chairs|Recorder|Presenter|Presenters|Host|"
            + "Moderator|Speaker|Discussant|Panelist|Writer|Reporter|Prepared by|Written by|Reviewed by|Filed by|"
            + "Submitted by|Compiled by|Reported by|Monitor|Auditor|Inspector|"
            + "(?:Lead|Senior|Chief) (?:[Mm]onitor|[Aa]uditor|[Ii]nspector)|"
            + "Candidate|Candidate statement|Proposed by|Seconded by|Advisor|Adviser|Supervisors?|Major Professor|"
            + "Committee|Examiners?|Name|NAME|"
            + "Co-investigators?|Co-[Pp]rincipal [Ii]nvestigator|Co-PI|"
            + "(?:Media|Press|Investor) [Cc]ontact|Signed|Witnessed|Witnessed by|Author|"
            + "Consultant|Registrar|Attending|Resident|Fellow|Answered by|Checked by|Approved by|Authori[sz]ed by|"
            + "Presented by|From|Tutor|Lecturer|Instructor|Setter|Authors|Report authors?|Teacher|"
            + "Requested by|Ordered by|Booked by|Budget holder|Judge|Present|Apologies|Attendees|In attendance|"
            + "Interviewee|Interviewer|"
            + "(?:Lead |Principal )?[Aa]pplicant|Co-applicants?|Student|Pupil|Trainee|Assessor|Mentor|Set by|"
            + "(?:Module|Course|Unit) (?:leader|convenor|coordinator|organiser|organizer|director)|"
            + "(?:\\p{Lu}\\p{Ll}+ )?(?:[Pp]harmacist|[Nn]urse|[Pp]hysician|[Cc]linician|[Ss]urgeon)):\\s+"
            + "(" + ANY_TITLE + "\\s+)?(\\p{Lu}\\.\\s+" + NAME_WORD + "|" + NAME_WORD // "Witnessed: K. Y, 19 Nov"
            + "(\\s+(\\p{Lu}[\\p{L}'.-]*|de|van|von|da|di|le)){1,3})" // "Supervisors: A and B", "X (a post)"
            + "(,.*| and .*| \\(\\p{Ll}[^)]*\\))?$");
    /** A reply's line over the message it quotes: "On Mon, 9 Nov 2026 at 17:02, Tove Mwale-Sorensen wrote:". */
    private static final Pattern REPLY_ATTRIBUTION = Pattern.compile("On [^\\n]{6,60}, [^,\\n]{3,80} wrote:");
    /** A parliamentary question's "Asked by Lord X" and its "Answered by Baroness Y, 23 November 2026". */
    private static final Pattern ASKED_ANSWERED = Pattern.compile("^(Asked|Answered|Tabled) by (Lord|Baroness|Lady|Sir|Dame"
            + "|Dr|Mr|Mrs|Ms|Miss|Professor)\\.? " + name(0, 1) + "(,.*)?$");
    /**
     * A transcript's short turn, a question or its answer, however few its words: "Q: What does plerixafor do?", "A: It
     * blocks CXCR4." (TranscriptTurns labels a deposition's "Q." and "A."); the answer's "it" is the question's drug.
     */
    private static final Pattern SHORT_TURN = Pattern.compile("^[QA]: (\\S+ ){2,}\\S*[.?!]$");
    /** A quiz's answer line, however short, which the question before it asks for: "ANSWER: CXCR4". */
    private static final Pattern ANSWER_LINE = Pattern.compile("^(?i:answer): \\S.{0,60}$");

    /**
     * An obituary's or a memorial's line naming the person with their years: "Words spoken at the memorial for
     * Professor X Y (1939–2025), St Machar Cathedral": who the text is about, though no sentence names them in full.
     */
    private static final Pattern LIFE_SPAN_NAME = Pattern.compile(name(1, 3) + " \\((b\\. )?\\d{4}\\s?[–-]\\s?\\d{4}\\)");
    /** A farewell's title line naming the person it honours: "Retirement dinner for Professor X Y". */
    /**
     * An interview's heading naming its guest, who answers below it in the first person: "Five questions for Lena
     * Vogt", "Ten minutes with Dr. X".
     */
    private static final Pattern INTERVIEW_HEADING = Pattern.compile("^(One|Two|Three|Four|Five|Six|Seven|Eight|Nine"
            + "|Ten|\\d{1,2}) (questions?|minutes) (for|with)(\\.{3}|…)? (" + ANY_TITLE + " )?" + name(1, 2) + "$");

    private static final Pattern HONOURED_NAME = Pattern.compile("^(Retirement|Farewell|Leaving|Valedictory) (dinner|party|"
            + "lunch|celebration|reception|symposium|lecture) (for|in honou?r of) " + TITLE + " " + name(1, 2) + "$");

    /**
     * A speech's heading naming its occasion's titled person and its speaker: "Maid of honour's speech at the wedding of
     * Dr. X Y and Z W", "Given by Dr. X Y, The Old Barn, 2 May 2026", an oration's "Oration delivered by the Public
     * Orator, Dr. X Y".
     */
    private static final Pattern OCCASION_LINE = Pattern.compile("^([^.]{0,60}\\b(wedding|marriage|memorial|funeral|"
            + "birthday|anniversary|jubilee) (of|for) |(\\p{Lu}\\p{Ll}+ )?([Gg]iven|[Dd]elivered|[Ss]poken|[Rr]ead) by "
            + "(the \\p{Lu}[\\p{L} -]{2,40}, )?)" + TITLE + " " + name(1, 2)
            + "\\b[^.]{0,80}$");

    /** A timed schedule's entry, past its time, with a titled person in it: "Meeting with Dr. X Y, Infectious Diseases". */
    private static final Pattern SCHEDULE_ENTRY = Pattern.compile("^[^.]{0,60}\\b" + TITLE + " " + name(0, 2)
            + "\\b[^.]{0,60}$");
    /** A card's or a poster's name heading in capitals with its title: "DR. AMARA OSEI-VANTERPOOL". */
    private static final Pattern CAPITALS_NAME = Pattern.compile(
            "^(DR|PROF|PROFESSOR)\\.? [A-Z][A-Z'-]+( [A-Z][A-Z'-]+){1,2}$");
    /** A timetable's or a programme's session, its title and its speaker after a dash: "Chemokines - Dr. X Y". */
    private static final Pattern TITLED_SESSION = Pattern.compile(
            "^\\p{Lu}[^.:]{3,80} [-–—] " + TITLE + " " + name(1, 2) + "$");
    /**
     * A lab page's member line, a name with perhaps degrees, a dash and the post: "Tomasz Reinholt-Abara, PhD -
     * Postdoctoral Researcher", "Maja Lindqvist-Oduya - PhD Student".
     */
    private static final Pattern STAFF_LINE = Pattern.compile("^" + name(1, 3) + "(,\\s*" + SignatureBlocks.DEGREE
            + ")*\\s+[-–—]\\s+\\p{Lu}[\\p{L}-]*( (\\p{Lu}[\\p{L}-]*|of|in|and)){0,4}$"
            // or a team page's "Professor X Y, group leader", "Chloe Z, PhD student": a post in lower case
            + "|^(" + ANY_TITLE + "\\s+)?" + name(1, 3) + ",\\s+(PhD |MSc |MD )?\\p{Ll}[\\p{Ll} -]{2,40}$");

    /** A social network post's header over its text: "Ama Okyere-Hall @ama_parasites · 20 Nov". */
    private static final Pattern POST_HEADER = Pattern.compile("^" + name(1, 3) + " @[\\w.]+ · [\\p{L}\\d ,:]{1,30}$");
    /** A group page's alumni line: "Dr. Lena Park-Ibsen (postdoc, 2019-2022), now at Novartis". */
    private static final Pattern ALUMNUS_LINE = Pattern.compile("^(" + ANY_TITLE + " )?" + name(1, 3)
            + " \\([^()]{3,40}\\),? now (at|with) \\S.{2,80}");
    /** A reader comment's header over its text: "Dr. Mairi Adeyemi-Kohl · 1 hour ago". */
    private static final Pattern COMMENT_HEADER = Pattern.compile("^(" + ANY_TITLE + " )?" + name(1, 3)
            + " · (\\d+|an?) (minute|hour|day|week|month|year)s? ago$");
    /**
     * A phone thread's message, its sender and time before it, in a chat's lower case and without a stop: "Priya,
     * 09:15: tumour tregs carry CCR8 and their antibody wipes them out". Two words in lower case make it a message.
     */
    private static final Pattern TIMED_MESSAGE = Pattern.compile("^\\p{Lu}[\\p{L}.' -]{0,30}, " + PageLayout.CLOCK_TIME
            + ": (?=.*\\b\\p{Ll}{2,} \\p{Ll}{2,}\\b).+");

    /**
     * A report's or a brief's credit line naming the institution it comes from: "Prepared by the Health Policy
     * Unit, Centre for Tropical Vaccine Research, Kampala"; a contact line may later name it by
     * its initials alone.
     */
    private static final Pattern CREDIT_LINE = Pattern.compile("^(Prepared|Published|Issued|Produced|Compiled) by (the )?"
            + "(?=\\p{Lu})[^.:;]{0,160}\\b" + SignatureBlocks.INSTITUTION_WORDS + "\\b[^.:;]{0,60}$"); // "the Centre for X"

    /**
     * A thesis's or an article's quoted title in a congregation's, a repository's or an invoice's field: "Thesis:
     * "CCL20 from keratinocytes"", "Article: "Tumour-associated macrophages secrete CCL22"", and the journal's field.
     */
    private static final Pattern THESIS_LINE = Pattern.compile("^(Thesis|Dissertation|Article|Paper)( title)?:\\s+"
            + "[\"“].{10,200}[\"”]$|^Journal:\\s+\\p{Lu}[\\p{L} &'.:-]{2,80}$");

    /** A report's writer under its heading, with their role: "Report by Sofie Lindqvist-Ade, PhD student". */
    private static final Pattern REPORTER_LINE = Pattern.compile("^(Report|Write-up|Reflections|Diary) by (" + TITLE
            + " )?" + name(1, 3) + "(, [\\p{L} ]{2,40})?$");

    /**
     * A lab called by its head's surname with its institution apposed or after "at": "visit to the Halvorsen-Diallo
     * lab, Y", a card's "From all of us in the X lab at the Karolinska Institutet".
     */
    private static final Pattern SURNAME_LAB_LINE = Pattern.compile(
            "\\bthe \\p{Lu}[\\p{L}'-]+ (lab|laboratory|group)(, | at (the )?)\\p{Lu}");

    /** A dashed sign-off with the signer's role and organisation: "— Petra Lindqvist-Moe, mother and co-founder, X UK". */
    private static final Pattern DASHED_SIGN_OFF = Pattern.compile("^[—–]\\s*" + name(1, 2)
            + ", [\\p{Ll} -]{3,40}, \\p{Lu}[\\p{L}&' -]{2,80}$");

    /** A letter's salutation naming its addressee with a title: "Dear Dr. Okafor,", "Dear Professor Ana Ruiz,". */
    private static final Pattern SALUTATION = Pattern.compile("^Dear " + ANY_TITLE + " " + name(0, 2)
            + ",$");
    /**
     * A card's greeting to a titled person, however short: "Happy retirement, Professor X Y!", "Congratulations, Dr.
     * X!" (Addressees reads the card's "you" as them).
     */
    private static final Pattern CARD_GREETING = Pattern.compile("^(Happy|Congratulations)( [\\p{L}\\d'-]+){0,4}, "
            + ANY_TITLE + " " + name(0, 2) + "[!.]?$");

    private ShortLines() {
    }

    /** How many words a letterhead's name may take: "Royal Papworth Hospital NHS Foundation Trust". */
    private static final int LETTERHEAD_WORDS = 10;
    /** The words that join a name, as the cues' name_connector list has them: layout reads lines before there are cues. */
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "and", "&", "the", "de", "upon", "on");

    /** An institution's name, then its town and perhaps its state or country after commas: "X, Cambridge, MA". */
    private static final Pattern PLACE_AFTER = Pattern.compile("^(.+?),\\s+\\p{Lu}[\\p{L}'.-]*( \\p{Lu}[\\p{L}'.-]*)?"
            + "(,\\s+\\p{Lu}[\\p{L}'.-]*( \\p{Lu}[\\p{L}'.-]*)?)?$");
    /** A town and its country in brackets after a name: " (Basel, Switzerland)". */
    private static final Pattern BRACKETED_PLACE = Pattern.compile("\\s+\\(\\p{Lu}[\\p{L}'. -]*(, \\p{Lu}[\\p{L}'. -]*){0,2}\\)$");

    /**
     * A letterhead: an institution's name alone, heading the paper a record, a report or an oration is written on:
     * "The Christie NHS Foundation Trust", "University of Leeds School of Medicine", "Kestrel Vascular AB", or a
     * hospital and its trust joined by a comma ("Freeman Hospital, Newcastle upon Tyne Hospitals NHS Foundation
     * Trust"). Every word is capitalised or joins the name ("of", "upon"), and none but "of" and "for" and their names
     * follows the last institution word, so a headline ("Scripps Institute Team Finds New Target") is none.
     */
    static boolean isLetterhead(String body) {
        if (COMPANY_LINE.matcher(body).matches() || MEDICAL_DEPARTMENT_LINE.matcher(body).matches()) {
            return true;
        }
        var owner = OWNING_INSTITUTION.matcher(body);
        if (owner.matches() && isLetterhead(owner.group(1))) {
            return true; // a heading with the institution it belongs to: "Staff room vending machine (Institute of X)"
        }
        var placed = PLACE_AFTER.matcher(body);
        if (placed.matches() && !SignatureBlocks.INSTITUTION.matcher(body.substring(placed.end(1))).find()
                && isLetterhead(placed.group(1))) {
            return true; // a job advert's "Corvina Therapeutics, Cambridge, MA": the company and its town
        }
        if (opensTeamPage(body)) { // "Meet the team - Cardiovascular Inflammation Group, University of X"
            var page = TEAM_PAGE_TITLE.matcher(body);
            return page.lookingAt() && isLetterhead(body.substring(page.end()));
        }
        // "Freeman Hospital, Newcastle upon Tyne Hospitals NHS Foundation Trust", "University of X - Department of Y";
        // an exhibitor's "Calderon Biotherapeutics (Basel, Switzerland)" with its town and country in brackets
        String[] parts = BRACKETED_PLACE.matcher(body).replaceFirst("").split(",\\s+|\\s+[-–—|]\\s+");
        boolean named = false;
        for (String part : parts) {
            if (!isLetterheadPart(part)) {
                return false;
            }
            named |= SignatureBlocks.INSTITUTION.matcher(part).find();
        }
        return named && parts.length <= 2;
    }

    /** A short heading closed by a bracketed institution: "Staff room vending machine (Institute of X)". */
    private static final Pattern OWNING_INSTITUTION = Pattern.compile("\\p{Lu}[\\p{L} '-]{2,40} \\(([^()]{4,60})\\)");
    /** A team page's title before its group and institution: "Meet the team - ", "Our people - ". */
    private static final Pattern TEAM_PAGE_TITLE = Pattern.compile("(Meet the team|Our team|Our people|People|Team)"
            + "\\s+[-–—|:]\\s+");
    /** Whether the line opens with a team page's title: "Meet the team - X Group, Y". */
    static boolean opensTeamPage(String line) {
        return TEAM_PAGE_TITLE.matcher(line).lookingAt();
    }

    /** A unit of a building a footer may open with: "Ward 7", "Level 2", "Clinic B". */
    private static final Pattern NUMBERED_UNIT = Pattern.compile("\\p{Lu}\\p{Ll}+ (\\d{1,3}[A-Z]?|[A-Z])");
    /** How many comma-separated parts a footer may take: a ward, a hospital, its trust, a town. */
    private static final int FOOTER_PARTS = 4;

    /**
     * A poster's or a leaflet's last line naming where it comes from: "Ward 7, Northern General Hospital, Sheffield
     * Teaching Hospitals NHS Foundation Trust": a letterhead's parts, perhaps after a numbered unit, one of them an
     * institution.
     */
    static boolean isFooter(String body) {
        String[] parts = body.split(",\\s+|\\s+[|·]\\s+");
        boolean named = false;
        for (int p = 0; p < parts.length; p++) {
            if (!(p == 0 && NUMBERED_UNIT.matcher(parts[p]).matches()) && !isLetterheadPart(parts[p])) {
                return false;
            }
            named |= SignatureBlocks.INSTITUTION.matcher(parts[p]).find();
        }
        return named && parts.length <= FOOTER_PARTS;
    }

    /** How many words a post alone on a signature's line may take: "Consultant Rheumatologist", "Head of Research". */
    private static final int POST_WORDS = 5;
    /** A post's word: "Consultant", "of"; a sentence-case post's too: "Seminar organiser", "Research nurse". */
    private static final Pattern POST_WORD = Pattern.compile("\\p{L}[\\p{Ll}'-]+");

    /**
     * A post alone on its line, under a signature's name: capitalised words and their joining words, no institution
     * and no stop ("Consultant Rheumatologist", "Senior Lecturer in Immunology").
     */
    static boolean isPostAlone(String line) {
        String[] words = line.split("\\s+");
        return !line.isEmpty() && words.length <= POST_WORDS && Character.isUpperCase(line.charAt(0))
                && !SignatureBlocks.INSTITUTION.matcher(line).find()
                && Arrays.stream(words).allMatch(w -> POST_WORD.matcher(w).matches());
    }

    private static boolean isLetterheadPart(String body) {
        String[] words = body.split("\\s+");
        int lastInstitution = -1;
        for (int w = 0; w < words.length; w++) {
            boolean connector = w > 0 && NAME_CONNECTORS.contains(words[w]);
            if (!connector && !words[w].matches("\\p{Lu}[\\p{L}'.&-]*")) {
                return false;
            }
            lastInstitution = SignatureBlocks.INSTITUTION.matcher(words[w]).matches() ? w : lastInstitution;
        }
        return words.length <= LETTERHEAD_WORDS && (lastInstitution < 0 || lastInstitution == words.length - 1
                || words[lastInstitution + 1].matches("of|for"));
    }

    /** A product page's maker field, the companies named: "Manufacturer: Sanofi and Regeneron". */
    private static final String MAKER = "\\p{Lu}[\\p{L}\\d&'.-]*( [\\p{L}\\d&'.-]+)";
    private static final Pattern MAKER_FIELD = Pattern.compile("^(Manufacturers?|Made by|Marketed by|Maker):\\s+"
            + MAKER + "{0,5}( and " + MAKER + "{0,3})?$");

    /** How many words a line needs to be prose, and fewer for a sentence that ends with a full stop. */
    private static final int MIN_PROSE_WORDS = 6;
    private static final int MIN_SHORT_SENTENCE_WORDS = 4;
    /** How many lowercase words make a short line a sentence rather than a heading or a name. */
    private static final int MIN_SHORT_SENTENCE_LOWERCASE_WORDS = 3;

    /**
     * How many words the line must have to be prose: fewer where it ends with a full stop and is mostly lowercase, as a
     * closing "Read the paper in Immunity." is.
     */
    static int fewest(String body) {
        boolean sentence = body.endsWith(".")
                && PageLayout.LOWERCASE_WORD.matcher(body).results().count() >= MIN_SHORT_SENTENCE_LOWERCASE_WORDS;
        return sentence ? MIN_SHORT_SENTENCE_WORDS : MIN_PROSE_WORDS;
    }

    /** Whether the line's body, of {@code words} words, is one of these lines. */
    static boolean isRead(String body, int words) {
        return words >= MIN_PERSON_LINE_WORDS && PERSON_LINE.matcher(body).find()
                || BRACKETED_PERSON.matcher(body).find()
                || words >= MIN_ROLE_LINE_WORDS && ROLE_LINE.matcher(body).find()
                || REPLY_ATTRIBUTION.matcher(body).matches() || ASKED_ANSWERED.matcher(body).matches()
                || SHORT_TURN.matcher(body).matches() || ANSWER_LINE.matcher(body).matches()
                || StudyFields.isFieldLine(body) || COMPANY_LINE.matcher(body).matches() || SALUTATION.matcher(body).matches()
                || CARD_GREETING.matcher(body).matches() || LIFE_SPAN_NAME.matcher(body).find()
                || HONOURED_NAME.matcher(body).matches() || INTERVIEW_HEADING.matcher(body).matches()
                || OCCASION_LINE.matcher(body).matches() || POST_HEADER.matcher(body).matches()
                || COMMENT_HEADER.matcher(body).matches() || ALUMNUS_LINE.matcher(body).matches()
                || TIMED_MESSAGE.matcher(body).matches()
                || CREDIT_LINE.matcher(body).matches() || DASHED_SIGN_OFF.matcher(body).matches()
                || MAKER_FIELD.matcher(body).matches()
                || STAFF_LINE.matcher(body).matches() || WorkplaceLabels.isFieldLine(body)
                || TITLED_SESSION.matcher(body).matches() || CAPITALS_NAME.matcher(body).matches()
                || REPORTER_LINE.matcher(body).matches() || THESIS_LINE.matcher(body).matches()
                || SignatureBlocks.isLatestPaperLine(body) || SURNAME_LAB_LINE.matcher(body).find()
                || FindingLines.isRead(body, words); // a short line that says a finding

    }

    /** Whether a line that opened with a time ("10:00"), past the time, is a schedule's entry naming a titled person. */
    static boolean isScheduleEntry(String body) {
        return SCHEDULE_ENTRY.matcher(body).matches();
    }
}
