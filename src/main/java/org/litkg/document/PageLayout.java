package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Separates running prose from page furniture (headings, navigation, tag lists, share links,
 * reference lists) in plain text taken from web pages, and finds the title and date.
 *
 * <p>Only prose blocks are analysed for entities and relations: furniture such as
 * "Tech Stocks &amp; SemiconductorsEnergy &amp; Infrastructure" or "2 pillars detected" reads as
 * capitalised names to any recogniser, so it is cut before analysis rather than filtered after.
 */
public final class PageLayout {

    /** A mark sheet's marks after a point's stop, "X blocks CCR5. [2 marks]", "(3 points)": a sentence all the same. */
    private static final String MARKS = "([\\[(]\\d{1,2}(\\.5)? (marks?|points?)(, [\\p{L} ]{1,20})?[\\])]\\s*)";
    /**
     * A line is prose when it ends like a sentence or is long enough to be one that lost its stop. A clause closed by
     * a semicolon, perhaps with "and" or "or" after it, ends a resolution's "WHEREAS" clause or a list item.
     */
    static final Pattern SENTENCE_END = Pattern.compile(
            "([.!?…;][\"'”’)\\]]*\\s*(\\[\\d+])*|;\\s+(and|or))\\s*" + MARKS + "?$");
    private static final Pattern REFERENCE_LINE = Pattern.compile("^\\s*(\\[\\d+]|\\d+\\.\\s+(Web|https?:))");
    private static final Pattern INNER_SENTENCE_END = Pattern.compile( // "Out in J! A thread": a sentence, more
            "(\\b\\p{Ll}{3,}[.!?]|[\\p{L}\\d][!?])\\s+\\p{Lu}");
    /**
     * An entry of a reference list, which cites work rather than reporting it: author-year style ("Heier, C. R., Yu,
     * Q., ... (2019). Title. Journal, 2(1).") or Vancouver style ("Verstovsek S, et al. Title. Lancet. 2023;401:269"),
     * numbered or not.
     */
    private static final String SURNAME = "\\p{Lu}[\\p{L}'’-]+";
    private static final Pattern REFERENCE_ENTRY = Pattern.compile(
            "^(\\d{1,3}\\.\\s+)?(" + SURNAME + ",\\s+\\p{Lu}\\..*\\((19|20)\\d{2}[a-z]?\\)\\."
            + "|" + PublicationLists.AUTHOR + ",\\s+(et al\\.|" + PublicationLists.AUTHOR + "[,.]).*\\b(19|20)\\d{2}[;.])");
    private static final Pattern FURNITURE_START = Pattern.compile(
            "^\\s*(Sources?|Refs?(?=:)|Tags?|Share|Related|Read more|Comments?(?!:)|Advertisement|Subscribe|Follow us"
                    + "|Photo|Image(?! description:)|Credit)\\b", // but an image's description (alt text) is read
            Pattern.CASE_INSENSITIVE);
    /** A social post's pictograph, with the joiners that build one from several: "👉", "🎉", "😅". */
    private static final String EMOJI = "[\\x{1F000}-\\x{1FAFF}\\x{FE0F}\\x{200D}]";
    /** A bullet opening a list item, a social post's pictograph among them: "• Item", "👉 Nerandomilast is ...". */
    static final Pattern BULLET = Pattern.compile("^\\s*([•▪◦‣*·→←↑↓-]|" + EMOJI + "+)\\s+");
    /** A register's labelled item, "Box 1 - plerixafor (AMD3100), 25 mg", a slide's "Slide 2: CXCL9 -> CXCR3". */
    private static final Pattern LABELLED_ITEM =
            Pattern.compile("^\\s*\\p{Lu}\\p{Ll}{1,12} \\d{1,3}[A-Za-z]?(\\s+[-–—]|:)\\s+");
    /** A form's "Substance:", a badge's "Ask me about:", a registry's "Intervention: Drug: X (an inhibitor of Y)". */
    private static final Pattern FIELD_LABEL =
            Pattern.compile("^((Substance|Compound|Reagent|Chemical)( name)?|Ask me about|Interventions?):\\s+\\S");
    /** A labelled item this long, with this many lowercase words, names its thing and says what it is. */
    private static final int MIN_LABELLED_ITEM_WORDS = 4;
    private static final int MIN_LABELLED_ITEM_LOWERCASE_WORDS = 2;
    /** A signature after a dash closing a message: "Macrophages release CCL2 in the lung. — Sigrun, Flow Core". */
    private static final Pattern DASHED_SIGNATURE = Pattern.compile("\\s+[—–]\\s*[^.!?—–]{1,40}$");
    /** Pictographs closing a post's line stand for its full stop: "please don't ask me for samples 😅". */
    private static final Pattern CLOSING_EMOJI = Pattern.compile("\\s*" + EMOJI + "+\\s*$");
    /** A time of day as a schedule or a chat export writes it: "08:15", "8:15:02". */
    public static final String CLOCK_TIME = "\\d{1,2}:\\d{2}(:\\d{2})?";
    /** A transcript's or a live blog's time stamp opening a line ("[00:31]", "14:32"), a plan's "M1-M6   WP1". */
    private static final Pattern TIME_STAMP = Pattern.compile("^\\s*([\\[(]?" + CLOCK_TIME + "[\\])]?|"
            + "M\\d{1,2}\\s*[-–]\\s*M\\d{1,2}(\\s+WP\\d{1,2})?)\\s+");
    /** A chat message's sender before the colon: "priya.raman:", "Dr Osei:", "jo_adeyemi:". */
    private static final Pattern CHAT_SENDER = Pattern.compile("^[\\p{L}][\\p{L}\\d._ -]{0,30}:\\s+\\S");
    /**
     * A patent's paragraph number opening a line: "[0002] SMA is caused by ...". Four digits, where a reference list's
     * "[2] Smith J, ..." has one or two, so the paragraph is read and the reference is not.
     */
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\s*\\[\\d{4}]\\s+");
    /**
     * A study report's field citing the report's own publication, in Vancouver style: "Publication (reference):
     * Valcourt-Ibsen T, Okonkwo-Reyes D, et al. Blood. 2026;147(9):1012-1025", or dated in brackets: "Published in: J
     * Clin Oncol 44, no. 6_suppl (2026)", a talk's "Paper: X K, et al. Cancer Research (2026)".
     */
    static final Pattern PUBLICATION_FIELD = Pattern.compile("^(Publications?(\\s*\\(references?\\))?|Published in"
            + "|Citation|Primary publication):\\s+\\p{Lu}.*\\b(19|20)\\d{2}\\s*;|^(Published in|Citation|Paper"
            + "|Reference|Source):\\s+\\p{Lu}.*\\((19|20)\\d{2}\\)", Pattern.CASE_INSENSITIVE);
    /**
     * A line that says where the work appeared, however short: "Published in Gastroenterology, November 2026.", one
     * closed by its date without a stop ("Published in X, 14 October 2026"), or a post's lede: "New in Y".
     */
    private static final Pattern PUBLISHED_LINE = Pattern.compile(
            "^(First |Now )?(Published|Appeared|Appearing|Reported)( online)? in( the journal)? \\p{Lu}\\S*.*"
                    + "(\\.|\\b(19|20)\\d{2})$|^New (today |this week )?in \\p{Lu}[\\p{L} &'-]{2,60}$"); // a lede
    /** A running head that dates the paper: "Inflammation Case Notes | Case Series | Published online 20 November 2026". */
    private static final Pattern DATED_HEAD_LINE = Pattern.compile(
            "^\\p{Lu}[\\p{L} &'.-]+(\\s[·|•]\\s[^·|•]+)*\\s[·|•]\\s(First )?Published( online)?:?\\s.*\\b(19|20)\\d{2}$");
    /** A signature's closing place and date: "London, January 2027", "Leeds, 3 May 2027". */
    private static final Pattern PLACE_AND_DATE = Pattern.compile(
            "\\p{Lu}[\\p{L} .'-]{1,40}, (\\d{1,2} )?\\p{Lu}\\p{Ll}+ (19|20)\\d{2}");
    /** A line that ends citing its journal in brackets: "Story: X (Annals of Y, published 16 March)". */
    private static final Pattern CITED_IN_BRACKETS = Pattern.compile("\\(\\p{Lu}[\\p{L} &'.-]{2,60},\\s+(published\\s+"
            + "(\\d{1,2}\\s+)?\\p{Lu}\\p{Ll}+(\\s+(19|20)\\d{2})?|(\\p{Lu}\\p{Ll}+\\s+)?(19|20)\\d{2})\\)\\.?$");
    /** A line of a journal and a year alone, perhaps labelled: "On-screen text: Nature Immunology, 2023". */
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L} -]{1,25}:\\s+)?\\p{Lu}[\\p{L} &'.-]{2,60},\\s+(19|20)\\d{2}\\.?$");
    /**
     * A citation line naming the journal, year, volume and pages: "Journal of Medical Case Reports 2026; 20: 588",
     * "Journal of Clinical Oncology, Volume 44, Issue 30", or such a part of a running head ("Original research ·
     * Journal for ImmunoTherapy of Cancer 2026;14:e011482 · Open access").
     */
    private static final Pattern CITATION_LINE = Pattern.compile(
            "(^|\\s[·|•]\\s)\\p{Lu}[\\p{L} &'.-]+(\\s(19|20)\\d{2}\\s*;\\s*\\d+|,\\s+(Volume|Vol\\.)\\s*\\d+)");
    /** A resolution's drafting word opening a clause: "WHEREAS the FDA approved ...", "RESOLVED, that ...". */
    private static final Pattern DRAFTING_WORD = Pattern.compile("^\\s*(WHEREAS|(FURTHER\\s+)?RESOLVED)[,:]?\\s+");
    /** Words glued across a missing line break ("SemiconductorsEnergy"): a sign of a flattened menu. */
    private static final Pattern GLUED_WORDS = Pattern.compile("\\p{Ll}{3,}\\p{Lu}\\p{Ll}");
    private static final Pattern SYMBOL = Pattern.compile("[⬡©®™|►▶»«→←↑↓★☆♦◆■□●○]");
    /** A trademark sign on a brand name ("Lynozyfic™", "VelocImmune®"), which a press release's prose carries. */
    private static final Pattern BRAND_MARK = Pattern.compile("(?<=[\\p{L}\\d])[®™]");
    /**
     * A field that names who led a study: "Principal investigator: Ghayas Issa", "PI: Roy Herbst, Yale", a
     * manuscript's "Corresponding author: X" and a conference abstract's "Presenting author: Rebecca Miller, Y".
     */
    private static final Pattern LEADER_FIELD = Pattern.compile(
            "^(Principal investigator|Lead investigator|Coordinating investigator|Chief investigator|Study chair|PI|CI"
                    + "|Study lead|Lead doctor|Lead clinician|Corresponding author|Senior author|Presenting author)"
                    + "s?( (at|for) [\\p{L} ]{1,25})?:\\s+\\p{Lu}", // "Principal investigator at this site: X"
            Pattern.CASE_INSENSITIVE);
    /** How many lines from the top a letterhead may stand: under a service's name, a title, a reference. */
    private static final int LETTERHEAD_LINES = 4;
    /** A leader's field with a name of two words: "PI: Ana Ruiz". */
    private static final int MIN_ROLE_FIELD_WORDS = 3;
    /** A numbered item, as a quiz's answers or a list of findings number them: "6. Plerixafor, sold as Mozobil." */
    private static final Pattern NUMBERED_ITEM = Pattern.compile("^\\d{1,2}[.)]\\s+\\p{Lu}");
    /** A numbered item this long that ends with a stop is a sentence, however short. */
    private static final int MIN_NUMBERED_SENTENCE_WORDS = 4;
    private static final int LONG_LINE_WORDS = 20;
    /** A bulleted item this long, with this many lowercase words, is a clause, not a menu's link or a tag. */
    private static final int MIN_ITEM_WORDS = 6;
    private static final int MIN_ITEM_LOWERCASE_WORDS = 3;
    /** A lowercase word of two letters or more, not the tail of a hyphenated one: what a sentence has and a name lacks. */
    static final Pattern LOWERCASE_WORD = Pattern.compile("(?<![\\p{L}-])\\p{Ll}{2,}\\b");

    private PageLayout() {
    }

    /** Longer than the gene symbols made of capitals alone that could open a heading ("TIGIT:"). */
    private static final int SPEAKER_LABEL_LETTERS = 6;

    /**
     * A word that, before a colon at the start of a line, names a transcript's speaker ("ANCHOR:", "NATARAJAN:"): all
     * capitals and longer than a gene symbol ("CXCR4:", "TIGIT:" and a glossary's "ACTH:" are not speakers).
     */
    public static boolean isSpeakerLabel(String word) {
        return word.length() >= SPEAKER_LABEL_LETTERS && word.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** Whether the line is a signature's closing place and date: "London, January 2027". */
    public static boolean isPlaceAndDate(String line) {
        return PLACE_AND_DATE.matcher(line).matches();
    }

    /** Whether a heading opens with a team page's title ("Meet the team - X Group, University of Y"). */
    public static boolean opensTeamPage(String heading) {
        return ShortLines.opensTeamPage(heading);
    }

    /** The prose blocks of the text, as spans with surrounding white space and bullets trimmed. */
    public static List<Span> proseBlocks(String text) {
        List<TaggedRecords.Record> records = TaggedRecords.records(text);
        if (!records.isEmpty()) {
            return TaggedRecords.blocks(records); // an RIS or MEDLINE export: its tags say which lines to read
        }
        List<Span> blocks = new ArrayList<>();
        List<Span> listed = TaggedRecords.listed(text).stream().flatMap(r -> r.fields().stream())
                .filter(TaggedRecords::isReadAlone).map(TaggedRecords.Field::content).toList();
        int nextListed = 0;
        int sinceByline = AuthorLines.AFFILIATION_LINES + 1;
        boolean proseSeen = false; // a byline heads the text; the same lines after it sign a letter
        boolean letterheadSeen = false;
        List<Span> lines = lines(text);
        ChatSenders thread = ChatSenders.of(lines.stream().map(l -> l.of(text)).toList());
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i);
            String content = line.of(text);
            while (nextListed < listed.size() && listed.get(nextListed).end() <= line.start()) {
                nextListed++;
            }
            if (nextListed < listed.size() && line.contains(listed.get(nextListed))) {
                // a publication list's entry, a dataset's citation: its authors and journal, as an export's fields are read
                while (nextListed < listed.size() && line.contains(listed.get(nextListed))) {
                    blocks.add(listed.get(nextListed++));
                }
                continue;
            }
            int signatureEnd = SignatureBlocks.lastLine(text, lines, i);
            if (signatureEnd > i) {
                blocks.add(trim(text, new Span(line.start(), lines.get(signatureEnd).end())));
                i = signatureEnd;
                continue;
            }
            boolean byline = AuthorLines.isByline(content) || isKeyedByline(text, lines, i) || NewsBylines.isNewsByline(content)
                    || !AuthorLines.etAlList(content).isEmpty() || !AuthorLines.groupList(content).isEmpty()
                    || (!proseSeen || AuthorLines.isLabelledPair(content, nextContent(text, lines, i)))
                    && !AuthorLines.sharedAddressAuthors(content, nextContent(text, lines, i)).isEmpty();
            // a byline and the numbered, initialled or shared affiliations after it say who did what where (AuthorLines)
            boolean affiliation = sinceByline < AuthorLines.AFFILIATION_LINES && (!AuthorLines.affiliations(content).isEmpty()
                    || !AuthorLines.keyedAffiliations(content).isEmpty()
                    || sinceByline == 0 && !SharedAddresses.of(content).isEmpty());
            sinceByline = byline ? 0 : sinceByline + 1;
            boolean prose = isProse(content) || thread.isMessage(i, content); // "Josie: The FDA approved it in 2022"
            proseSeen |= prose && AuthorLines.isProseSentence(content);
            if (prose) {
                blocks.add(trim(text, new Span(line.start() + RunInHeadings.bodyStart(content), line.end())));
                continue;
            }
            String next = nextContent(text, lines, i);
            // the last line: a signer's name alone, a poster's footer (ShortLines), a name over "London, May 2027"
            boolean closing = isPlaceAndDate(next.strip()) && nextContent(text, lines, i + 1).isEmpty();
            boolean signOff = proseSeen && (next.isEmpty() || closing) && (SignatureBlocks.isNameAlone(content)
                    || i == lines.size() - 1 && ShortLines.isFooter(content.strip()));
            // the institution heading the paper, which the form lines below and "the Trust" stand for
            boolean letterhead = !proseSeen && i < LETTERHEAD_LINES && ShortLines.isLetterhead(content.strip());
            letterheadSeen |= letterhead;
            boolean lastTwo = nextContent(text, lines, i + 1).isEmpty(); // an e-mail's "X" over "Trial Manager"
            if ((letterheadSeen || lastTwo) && proseSeen && i + 1 < lines.size() && SignatureBlocks.isNameAlone(content)
                    && ShortLines.isPostAlone(lines.get(i + 1).of(text).strip())) { // a letter signed on the paper
                blocks.add(trim(text, new Span(line.start(), lines.get(i + 1).end())));
                i++;
                continue;
            }
            if (byline || affiliation || ReadHeadings.isRead(text, lines, i, next) || signOff || letterhead) {
                blocks.add(trim(text, line));
            } else {
                blocks.addAll(BarredNotes.proseParts(text, line)); // "CX3CL1 binds CX3CR1. | not on all monocytes!"
            }
        }
        return blocks;
    }

    /** The next line with words in it after line i, or "". */
    private static String nextContent(String text, List<Span> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).of(text).isBlank()) {
                return lines.get(j).of(text);
            }
        }
        return "";
    }

    /** A byline without marks whose authors an affiliation line below keys by their initials. */
    private static boolean isKeyedByline(String text, List<Span> lines, int i) {
        String content = lines.get(i).of(text);
        for (int j = i + 1; j < lines.size() && j <= i + AuthorLines.AFFILIATION_LINES; j++) {
            if (!AuthorLines.keyedAuthors(content, lines.get(j).of(text)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    static boolean isProse(String line) {
        String unnumbered = PARAGRAPH_NUMBER.matcher(line).replaceFirst("");
        var label = LABELLED_ITEM.matcher(unnumbered);
        boolean labelled = label.lookingAt();
        String unlabelled = labelled ? unnumbered.substring(label.end()) : unnumbered;
        String body = TIME_STAMP.matcher(BULLET.matcher(unlabelled).replaceFirst("")).replaceFirst("").strip();
        int words = body.isEmpty() ? 0 : body.split("\\s+").length;
        boolean timed = TIME_STAMP.matcher(unnumbered).lookingAt(); // "10:00  Meeting with Dr. X": a schedule's entry
        if (ShortLines.isRead(body, words) || timed && ShortLines.isScheduleEntry(body)) {
            return true; // short and unpunctuated, but who works where; who wrote the message a reply quotes
        }
        if (CITATION_LINE.matcher(body).lookingAt() && !REFERENCE_LINE.matcher(body).find()
                || PUBLISHED_LINE.matcher(body).matches() || DATED_HEAD_LINE.matcher(body).matches()
                || SOURCE_LINE.matcher(body).matches() || CITED_IN_BRACKETS.matcher(body).find()
                || MoleculeFields.LINE.matcher(body).lookingAt() || AuthorLines.isEtAlSource(body)) {
            return true; // "BMC Cancer 2026; 26: 1187" under a title: the journal the paper is in, however short
        }
        boolean reference = REFERENCE_LINE.matcher(body).find() || REFERENCE_ENTRY.matcher(body).find();
        if (NUMBERED_ITEM.matcher(body).lookingAt() && words >= MIN_NUMBERED_SENTENCE_WORDS && body.endsWith(".")
                && LOWERCASE_WORD.matcher(body).find() && !reference) {
            return true; // a quiz's "6. Plerixafor, sold as Mozobil.": a numbered answer says its finding in few words
        }
        boolean leaderField = LEADER_FIELD.matcher(body).find(); // a header field, however short: "PI: Dr. X Y"
        int fewest = leaderField ? MIN_ROLE_FIELD_WORDS
                : labelled ? MIN_LABELLED_ITEM_WORDS : ShortLines.fewest(body); // fewer for "Read the paper in X."
        if (words < fewest || reference
                || FURNITURE_START.matcher(body).find() || SYMBOL.matcher(BRAND_MARK.matcher(body).replaceAll("")).find()) {
            return false;
        }
        boolean endsLikeSentence = SENTENCE_END.matcher(body).find() || CLOSING_EMOJI.matcher(body).find()
                || INNER_SENTENCE_END.matcher(body).find() || ListIntroductions.introducesList(body) // "the following:"
                || SENTENCE_END.matcher(DASHED_SIGNATURE.matcher(body).replaceFirst("")).find(); // a card's message
        if (leaderField || CITATION_LINE.matcher(body).find()
                || PUBLICATION_FIELD.matcher(body).find()) {
            return true; // a short labelled line, but the study's leader and their institution
        }
        if (!endsLikeSentence && !labelled && GLUED_WORDS.matcher(body).find()) { // but a supplier's "MedChemExpress"
            return false;
        }
        // a chat's time-stamped message is said, stop or no stop: "[09:15] tomasz.wrobel: it traps activin A and GDF11"
        boolean message = timed && CHAT_SENDER.matcher(body).lookingAt();
        // a list item says its finding without a stop ("- LM-108, an antibody that binds CCR8", "1. Plerixafor, 25 mg,
        // Sigma - blocks CXCR4"); so do a form's field ("Substance: X, a CXCR4 antagonist") and "14:30 Why X blocks Y"
        boolean phrasedField = FIELD_LABEL.matcher(body).lookingAt();
        long lowercase = LOWERCASE_WORD.matcher(body).results().count();
        boolean item = BULLET.matcher(unnumbered).lookingAt() || NUMBERED_ITEM.matcher(body).lookingAt();
        boolean listItem = (item || phrasedField || timed) && words >= MIN_ITEM_WORDS
                && lowercase >= MIN_ITEM_LOWERCASE_WORDS || labelled && lowercase >= MIN_LABELLED_ITEM_LOWERCASE_WORDS;
        return endsLikeSentence || message || listItem || (words >= LONG_LINE_WORDS && !isTitleCase(body));
    }

    /** The first short line that is not prose, as a title; otherwise the first words of the text. */
    public static String title(String text) {
        Optional<TaggedRecords.Field> recordTitle = TaggedRecords.records(text).stream()
                .flatMap(r -> r.title().stream()).findFirst();
        if (recordTitle.isPresent()) {
            return recordTitle.get().content().of(text);
        }
        for (Span line : lines(text)) {
            String content = line.of(text).strip();
            if (content.isEmpty()) {
                continue;
            }
            if (!SENTENCE_END.matcher(content).find() && content.split("\\s+").length <= 30) {
                return content;
            }
            break;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= 80) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', 80);
        return flat.substring(0, cut > 0 ? cut : 80) + "…"; // a first "word" of over 80 characters is cut inside
    }

    /** The publication date printed in the first lines of the page (a dateline), if any. */
    public static Optional<String> dateline(String text) {
        int headerEnd = 0;
        int seen = 0;
        for (Span line : lines(text)) {
            headerEnd = line.end();
            if (++seen == 6) {
                break;
            }
        }
        return Dates.first(text.substring(0, headerEnd));
    }

    /** Headlines capitalise most words; prose does not. */
    private static boolean isTitleCase(String body) {
        String[] words = body.split("\\s+");
        int capitalised = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            }
        }
        return capitalised * 2 > words.length;
    }

    static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) {
                    lines.add(new Span(start, i));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    static Span trim(String text, Span line) {
        int s = line.start();
        int e = line.end();
        var bullet = BULLET.matcher(text).region(s, e);
        if (bullet.lookingAt()) {
            s = bullet.end();
        }
        var label = LABELLED_ITEM.matcher(text).region(s, e);
        if (label.lookingAt()) {
            s = label.end(); // "Box 1 - plerixafor ...": the item is read from its name
        }
        var number = PARAGRAPH_NUMBER.matcher(text).region(s, e);
        if (number.lookingAt()) {
            s = number.end();
        }
        var stamp = TIME_STAMP.matcher(text).region(s, e);
        if (stamp.lookingAt()) {
            s = stamp.end(); // "[00:31] DR. OKAFOR: ..." is read from its speaker label
        }
        var drafting = DRAFTING_WORD.matcher(text).region(s, e);
        if (drafting.lookingAt()) {
            s = drafting.end(); // in capitals, "WHEREAS" would open a name: "WHEREAS the U.S. Food and Drug Administration"
        }
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }
}
