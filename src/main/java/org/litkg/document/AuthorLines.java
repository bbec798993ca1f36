package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper's or a poster's byline: authors with numbered affiliation marks ("Margit Halloran (1), Ian Dunbar (1,2)",
 * "A. Ruiz1,2, B. Chen3") and, on the lines after it, the affiliations those marks number ("(1) Centre for ...,
 * University of Edinburgh, UK; (2) ..."). Neither line ends like a sentence, but both say who did the work and where.
 */
public final class AuthorLines {

    private static final String WORD = "\\p{Lu}[\\p{L}'’.-]*";
    static final String NAME = WORD + "(?:\\s+(?:(?:van|von|de|da|del|der|di|le|la)\\s+)?" + WORD + "){1,3}";
    private static final String MARKS = "(?:\\(\\s*[\\d*†]+(?:\\s*,\\s*[\\d*†]+)*\\s*\\)|[\\d*†]+(?:,[\\d*†]+)*"
            + "|[¹²³⁴⁵⁶⁷⁸⁹⁰*†]+(?:,[¹²³⁴⁵⁶⁷⁸⁹⁰*†]+)*)";
    private static final Pattern ENTRY = Pattern.compile("(" + NAME + ")\\s*(" + MARKS + ")");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,\\s*and\\b|,|;|&|\\band\\b)\\s*"); // ", and" too
    /** An affiliation's mark at the start of a line or after a semicolon, then the institution's capital. */
    private static final Pattern AFFILIATION_MARK = Pattern.compile(
            "(?:^|;)\\s*(\\(\\s*(\\d+)\\s*\\)|(\\d+)(?=\\s*\\p{Lu})|([¹²³⁴⁵⁶⁷⁸⁹]+))\\s*(?=\\p{Lu})");
    /**
     * A field's label before a byline or its affiliations, as an abstract book prints them: "Authors:",
     * "Affiliations:", "Institution:".
     */
    private static final Pattern LABEL = Pattern.compile(
            "\\s*(?:authors?|author\\(s\\)|(?:author )?affiliations?|institutions?)\\s*:\\s*",
            Pattern.CASE_INSENSITIVE);

    /** Where a line's text starts past its field label ("Authors: "), or 0 where it has none. */
    static int labelEnd(String line) {
        Matcher m = LABEL.matcher(line);
        return m.lookingAt() ? m.end() : 0;
    }

    /** How many lines after the byline its affiliations may start. */
    public static final int AFFILIATION_LINES = 4;

    /** One author: where the name is in the line and the affiliation numbers marked on it. */
    public record Author(int start, int end, List<Integer> marks) {
    }

    /** One affiliation: its number and where its text is in the line (after the mark, up to the next one). */
    public record Affiliation(int number, int start, int end) {
    }

    private AuthorLines() {
    }

    /** The authors of a byline of two or more marked names with nothing else in it; empty if the line is no byline. */
    public static List<Author> authors(String line) {
        List<Author> out = new ArrayList<>();
        int from = labelEnd(line);
        String body = line.substring(from).strip();
        int offset = from + line.substring(from).indexOf(body);
        Matcher m = ENTRY.matcher(body);
        Matcher sep = SEPARATOR.matcher(body);
        int at = 0;
        // each entry must start where the last separator ended: a match further on is no byline's
        while (at < body.length() && m.region(at, body.length()).lookingAt()) {
            out.add(new Author(offset + m.start(1), offset + m.end(1), numbers(m.group(2))));
            at = m.end();
            if (!sep.region(at, body.length()).lookingAt()) {
                break;
            }
            at = sep.end();
        }
        return out.size() >= 2 && at >= body.replaceAll("[.\\s]+$", "").length() ? out : List.of();
    }

    private static final Pattern UNMARKED_NAME = Pattern.compile(NAME);
    /** An affiliation's authors by their initials at its end: "Vall d'Hebron Institute of Oncology, Spain (T.H.-V., E.F.)". */
    private static final Pattern INITIALS_KEY = Pattern.compile(
            "\\(\\s*(\\p{Lu}\\.(?:-?\\p{Lu}\\.)*(?:\\s*,\\s*\\p{Lu}\\.(?:-?\\p{Lu}\\.)*)*)\\s*\\)\\s*$");

    /**
     * The authors of a byline without marks ("Tomás Herrera-Vidal, Priya Natarajan and Elise Fournier") whose
     * affiliation line keys them by initials ("(T.H.-V., E.F.)"): each author's marks number the affiliations that
     * list their initials. Empty unless every author is keyed, so a list of names with nothing after it is no byline.
     */
    public static List<Author> keyedAuthors(String line, String affiliationLine) {
        List<Author> names = unmarked(line);
        List<Affiliation> places = names.size() < 2 ? List.of() : keyedAffiliations(affiliationLine);
        if (places.isEmpty()) {
            return List.of();
        }
        List<List<String>> keys = new ArrayList<>();
        for (Affiliation place : places) {
            Matcher key = INITIALS_KEY.matcher(segment(affiliationLine, place));
            keys.add(key.find() ? List.of(key.group(1).replaceAll("[^\\p{Lu},]", "").split(",")) : List.of());
        }
        List<Author> out = new ArrayList<>();
        for (Author a : names) {
            String initials = initials(line.substring(a.start(), a.end()));
            List<Integer> marks = new ArrayList<>();
            for (int p = 0; p < places.size(); p++) {
                if (keys.get(p).contains(initials)) {
                    marks.add(places.get(p).number());
                }
            }
            if (marks.isEmpty()) {
                return List.of();
            }
            out.add(new Author(a.start(), a.end(), marks));
        }
        return out;
    }

    /** The affiliations of a line of ";"-separated institutions each closed by its authors' initials; else empty. */
    public static List<Affiliation> keyedAffiliations(String line) {
        List<Affiliation> out = new ArrayList<>();
        int start = 0;
        for (String part : line.split(";", -1)) {
            Matcher key = INITIALS_KEY.matcher(part);
            if (!key.find()) {
                return List.of();
            }
            int lead = part.length() - part.stripLeading().length();
            out.add(new Affiliation(out.size() + 1, start + lead, start + key.start()));
            start += part.length() + 1;
        }
        return out;
    }

    /** The text of an affiliation up to the next one (its initials included). */
    private static String segment(String line, Affiliation a) {
        int end = line.indexOf(';', a.end());
        return line.substring(a.start(), end < 0 ? line.length() : end);
    }

    /**
     * The names of a line that holds nothing else and no closing stop, as an unmarked byline does: "Tomás Herrera-Vidal,
     * Priya Natarajan and Elise Fournier". Empty for fewer than two names.
     */
    public static List<Author> nameList(String line) {
        List<Author> names = endsClause(line) ? List.of() : unmarked(line);
        if (names.size() < 2 || !LAST_JOINED.matcher(line.substring(0, names.get(names.size() - 1).start())).find()) {
            return List.of(); // "Dr. Sunita Rao, Cardiology Clinic, Riverside General Hospital" is a signature
        }
        return namesOnly(line, names);
    }

    /** How many names a sentence of names alone needs to be a reference's author list, not a pair in prose. */
    private static final int CITED_NAMES = 3;

    /**
     * The authors of a news story's journal reference, a sentence of three or more names and nothing else before the
     * title: "Anna Berg-Lowe, Tomas Vireo-Quist, Lena Okafor-Brandt." Empty where it is no such list.
     */
    public static List<Author> citedNameList(String line) {
        String body = line.stripTrailing();
        if (!body.endsWith(".") || body.endsWith("..")) {
            return List.of();
        }
        List<Author> names = unmarked(body.substring(0, body.length() - 1));
        return names.size() >= CITED_NAMES ? namesOnly(line, names) : List.of();
    }

    /** The names, unless one of them names an institution: then the line is no list of people. */
    private static List<Author> namesOnly(String line, List<Author> names) {
        return names.stream().map(a -> line.substring(a.start(), a.end()))
                .anyMatch(n -> SignatureBlocks.INSTITUTION.matcher(n).find() || JOB_WORD.matcher(n).find()) ? List.of() : names;
    }

    /**
     * Words of a job or a field, in no person's name: a job advert's "Senior Scientist, Chemokine Biology", a slide's
     * "Dr. X, Nephrology Registrar".
     */
    private static final Pattern JOB_WORD = Pattern.compile("\\b(Scientists?|Associate|Director|Manager|Officer"
            + "|Engineer|Technician|Postdoctoral|Research|Biology|Chemistry|Biochemistry|\\p{Lu}\\p{L}*ology"
            + "|Registrar|Consultant|Nurse|Pharmacist|Physician|Surgeon|Lecturer|Student)\\b");

    /** "..., et al." closing a line of names: the list goes on past the names given. */
    private static final Pattern ET_AL = Pattern.compile(",?\\s+et\\s+al\\.?\\s*$");

    /** Whether a line is a column's source line: its first author "et al.", the journal and the year. */
    public static boolean isEtAlSource(String line) {
        return ET_AL_SOURCE.matcher(line.strip()).matches();
    }

    /** "Xu et al., Immunity (2026)", "Ito et al., Blood, 2025". */
    private static final Pattern ET_AL_SOURCE = Pattern.compile("\\p{Lu}[\\p{L}'-]+ et al\\.,?\\s+"
            + "\\p{Lu}[\\p{L} &'.-]{2,60}(,\\s+|\\s+\\()(19|20)\\d{2}\\)?\\.?");

    /**
     * The names of a scholarly author list cut short, a line of names and "et al." and nothing else, as a journal's alert
     * or a reference list prints one: "Mei-Ling Zhou, Jun-Hao Tao, Wen-Qi Lin, et al.". Only its first name is the
     * work's first author; the last given is not its last. Empty where the line is no such list.
     */
    public static List<Author> etAlList(String line) {
        return namesBefore(line, ET_AL);
    }

    /** A trial's group closing a byline: ", and the HERON-2 Investigators", "for the KEYNOTE-811 Study Group". */
    private static final Pattern GROUP_AUTHOR = Pattern.compile(",?\\s+(?:and|for|on behalf of)\\s+the\\s+"
            + "[\\p{L}\\d()/ -]{1,60}?\\s(?:Investigators|Study Group|Trial Group|Working Group|Collaborators|Consortium"
            + "|Trialists)\\.?\\s*$");

    /**
     * The named authors of a byline that closes with the trial's group of investigators, and nothing else: "Marguerite
     * Dansereau-Lowe, Tobias Einarsson, Priyanka Vellanki, and the HERON-2 Investigators". Its first and last names are
     * the work's first and last named authors. Empty where the line is no such byline.
     */
    public static List<Author> groupList(String line) {
        return namesBefore(line, GROUP_AUTHOR);
    }

    /** The names of a line of names and nothing else before where {@code closing} matches at its end; else empty. */
    private static List<Author> namesBefore(String line, Pattern closing) {
        Matcher m = closing.matcher(line);
        if (!m.find()) {
            return List.of();
        }
        String names = line.substring(0, m.start());
        return namesOnly(names, unmarked(names));
    }

    /** The number an address shared by a whole unmarked byline goes by. */
    public static final int SHARED_ADDRESS = 0;
    private static final int MAX_ADDRESS_WORDS = 25;

    /**
     * The names of an unmarked byline that the address line right below serves for all: "Tobias Erlandsen, Priya
     * Raghunathan, Marguerite Delacroix-Hale" over "Department of Haematology, Aarhus University Hospital, Denmark",
     * each marked with {@link #SHARED_ADDRESS}. Empty where the line is no such byline.
     */
    public static List<Author> sharedAddressAuthors(String line, String nextLine) {
        boolean stopped = SharedAddresses.isStoppedPair(line, nextLine); // "A, B, C." over "Dept of X, Y University."
        if (!stopped && (endsClause(line) || !isAddressLine(nextLine.substring(labelEnd(nextLine))))) {
            return List.of();
        }
        int from = labelEnd(line); // "Authors: A, B, C" over "Institution: Y": an abstract copied into a letter
        String kept = line.stripTrailing();
        String body = stopped ? kept.substring(from, kept.length() - 1) : line.substring(from); // the stop left out
        List<Author> names = namesOnly(body, unmarked(body));
        return names.size() < 2 ? List.of() : names.stream()
                .map(a -> new Author(from + a.start(), from + a.end(), List.of(SHARED_ADDRESS))).toList();
    }

    /**
     * Whether a line and the next open with a byline's and an address's field labels ("Authors:" over "Institution:"):
     * the labels say what the lines are wherever they stand, where unlabelled names after the prose sign a letter.
     */
    public static boolean isLabelledPair(String line, String nextLine) {
        return labelEnd(line) > 0 && labelEnd(nextLine) > 0;
    }

    /**
     * The authors of sentence si as a byline over one shared address (the next sentence), if it heads the text:
     * {@link #sharedAddressAuthors} of front matter only ({@link #inFrontMatter}); else empty.
     */
    public static List<Author> sharedAddressByline(java.util.function.IntFunction<String> sentenceText, int sentences,
                                                   int si) {
        if (si + 1 >= sentences) {
            return List.of();
        }
        String line = sentenceText.apply(si);
        String next = sentenceText.apply(si + 1);
        return inFrontMatter(sentenceText, si) || isLabelledPair(line, next)
                ? sharedAddressAuthors(line, next) : List.of();
    }

    private static final int PROSE_WORDS = 8;

    /**
     * Whether sentence si comes before the document's first sentence of prose: a byline heads a document, and the
     * same lines after the text ("Dr Morag Kerr and Professor Colin Fraser" over their school) sign a letter.
     */
    static boolean inFrontMatter(java.util.function.IntFunction<String> sentenceText, int si) {
        for (int k = 0; k < si; k++) {
            if (isProseSentence(sentenceText.apply(k))) {
                return false;
            }
        }
        return true;
    }

    /** A sentence of the text's prose: several words and a closing stop (not a title or a citation line). */
    public static boolean isProseSentence(String text) {
        String body = text.strip();
        return body.matches("(?s).*[.!?][\"'’”)]?$") && body.split("\\s+").length >= PROSE_WORDS;
    }

    /** A short line naming an institution, without a sentence's closing stop: an address. */
    static boolean isAddressLine(String line) {
        String body = line.strip();
        return !body.isEmpty() && Character.isUpperCase(body.charAt(0)) && !endsClause(body)
                && body.split("\\s+").length <= MAX_ADDRESS_WORDS && SignatureBlocks.INSTITUTION.matcher(body).find();
    }

    /** Whether a line ends as a sentence or a clause does, which no byline or address line does. */
    private static boolean endsClause(String line) {
        return line.stripTrailing().matches(".*[.!?:;]$");
    }

    /** A byline joins its last name with "and" or "&". */
    private static final Pattern LAST_JOINED = Pattern.compile("(\\band|&)\\s*$");

    /** The degrees after an unmarked byline's name, before the next name: a case report's "X, MD, and Y, MD". */
    private static final Pattern NAME_DEGREES = Pattern.compile("(?:\\s*,\\s*" + SignatureBlocks.DEGREE
            + "(?=\\s*(?:,|\\band\\b|$)))+");

    /** Names separated by commas and a last "and", with nothing else in the line: "A B, C D and E F". */
    private static List<Author> unmarked(String line) {
        List<Author> out = new ArrayList<>();
        Matcher m = UNMARKED_NAME.matcher(line);
        Matcher sep = SEPARATOR.matcher(line);
        int at = line.length() - line.stripLeading().length();
        Matcher degrees = NAME_DEGREES.matcher(line);
        while (at < line.length() && m.region(at, line.length()).lookingAt()) {
            out.add(new Author(m.start(), m.end(), List.of()));
            at = degrees.region(m.end(), line.length()).lookingAt() ? degrees.end() : m.end(); // "X, MD, and Y, MD"
            if (!sep.region(at, line.length()).lookingAt()) {
                break;
            }
            at = sep.end();
        }
        return at >= line.stripTrailing().length() ? out : List.of();
    }

    /** "Tomás Herrera-Vidal" as its capitals, "THV", the way an initials key writes them without dots. */
    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String word : name.split("\\s+")) {
            for (String part : word.split("-")) {
                if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                    b.append(part.charAt(0));
                }
            }
        }
        return b.toString();
    }

    /** Whether the line is a byline of marked names (see {@link #authors}). */
    public static boolean isByline(String line) {
        return !authors(line).isEmpty();
    }

    /** The numbered affiliations of a line that opens with an affiliation mark; empty otherwise. */
    public static List<Affiliation> affiliations(String line) {
        List<Affiliation> out = new ArrayList<>();
        int from = labelEnd(line);
        Matcher m = AFFILIATION_MARK.matcher(line).region(from, line.length());
        if (!m.find() || !line.substring(from, m.start()).isBlank()) {
            return out;
        }
        do {
            String n = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : superscript(m.group(4));
            out.add(new Affiliation(Integer.parseInt(n), m.end(), line.length()));
        } while (m.find());
        for (int i = 0; i + 1 < out.size(); i++) {
            Affiliation a = out.get(i);
            int next = line.lastIndexOf(';', out.get(i + 1).start());
            out.set(i, new Affiliation(a.number(), a.start(), next > a.start() ? next : out.get(i + 1).start()));
        }
        return out;
    }

    private static List<Integer> numbers(String marks) {
        List<Integer> out = new ArrayList<>();
        for (String part : superscript(marks).replaceAll("[()\\s]", "").split(",")) {
            String digits = part.replaceAll("\\D", "");
            if (!digits.isEmpty()) {
                out.add(Integer.parseInt(digits));
            }
        }
        return out;
    }

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** Whether a line opens with a superscript mark, as an affiliation or a note does in a numbered list of them. */
    static boolean opensWithMark(String line) {
        return !line.isEmpty() && SUPERSCRIPTS.indexOf(line.charAt(0)) >= 0;
    }

    /** "1,2" as "¹,²", as a byline set in print marks its names; other characters stay. */
    static String superscripted(String marks) {
        StringBuilder b = new StringBuilder(marks.length());
        for (char c : marks.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? SUPERSCRIPTS.charAt(c - '0') : c);
        }
        return b.toString();
    }

    private static String superscript(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int d = SUPERSCRIPTS.indexOf(c);
            b.append(d >= 0 ? (char) ('0' + d) : c);
        }
        return b.toString();
    }
}
