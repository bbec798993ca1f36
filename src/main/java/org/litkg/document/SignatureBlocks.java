package org.litkg.document;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A signature set over several lines, as letters and letters to the editor end: a name line ("Ingrid Solheim, MD,
 * PhD", "Prof. Wilhelmina Adeyemi-Hart"), then a role or a department and the institution on the lines right under
 * it, perhaps a second post under those. No line is prose alone, but together they say who works where, so layout
 * keeps them as one block. A heading in capitals over a masthead's lines is kept the same way.
 */
public final class SignatureBlocks {

    /** The institution words a signature's last line names: the commonest heads of organisation names. */
    static final String INSTITUTION_WORDS = "(University|Universitätsmedizin|Hospital|Institute|Institut|Institutet|College|"
            + "Clinic|Centre|Center|School|Pharmaceuticals|Therapeutics|Laboratory|Laboratories|Foundation|Society|"
            + "Association|Associates|Partners|Practice|Alliance|Network|Group|Trust|Immunotherapeutics|Administration|"
            + "Biotherapeutics|Biosciences|"
            + "Agency|Division|Department|Unit|Fund|Charity|Council|Programme|Program|Instituto|Istituto|Universidad|"
            + "Universidade|Università|Université|Universität|Hôpital|Ospedale|Ltd|Inc|plc|LLC|GmbH|Limited)";
    static final Pattern INSTITUTION = Pattern.compile("\\b" + INSTITUTION_WORDS + "\\b");
    /** A scholar's title before a name: "Dr", "Dr.", "Prof.", "Professor". */
    static final String TITLE = "(Dr|Prof|Professor)\\.?";
    /** A degree with its stops, as a journal's letters sign: "M.D.", "Ph.D.", "M.P.H.". */
    private static final String DOTTED_DEGREE = "M\\.D\\.|Ph\\.D\\.|M\\.P\\.H\\.|D\\.Phil\\.|Pharm\\.D\\.|M\\.B\\.B\\.S\\.|R\\.N\\.";
    /** A name's line closed by such a degree: "Laia Vidal, M.D.", "Y Z, M.D., Ph.D.". */
    public static final Pattern DOTTED_DEGREE_END = Pattern.compile(",\\s*(" + DOTTED_DEGREE + ")$");
    /** A degree or board certification after a name's comma: "MD", "PhD", "FRCP", "M.D.". */
    static final String DEGREE = "(MD|PhD|DPhil|MBBS|MSc|BSc|RN|PharmD|DO|FRCP|FRACP|MPH|MA|BCOP|BCPS|FACP|FRCPC|FASCO"
            + "|DNP|MSN|APRN|NP|OCN|MBA|DVM|DDS|DMD|" + DOTTED_DEGREE + ")";
    /** A talk's label before its speaker's name line: "Speaker: X, MD, PhD", then the speaker's post on the next line. */
    private static final String SPEAKER_LABEL = "(Speaker|Presenter|Lecturer|Guest speaker|Discussant):\\s+";
    /**
     * A title, two to four capitalised words and perhaps degrees and board certifications after commas, and nothing
     * more than a bracketed role or handle; a thread's or a blog post's "Thread by X (@handle)" above the writer's post, a
     * talk's "Speaker: X" above the speaker's post, a hearing's "Testimony of X" above the witness's post, a lab's card
     * signed "Professor X and everyone in the lab", a study's note signed "Dr. X and the BLOOM team".
     */
    private static final Pattern NAME_LINE = Pattern.compile("^((Thread|Posted) by\\s+|" + SPEAKER_LABEL + "|"
            + NewsBylines.SPOKEN_BY + "\\s+)?(" + TITLE + "\\s+)?"
            + "\\p{Lu}[\\p{L}'’.-]+"
            + "(\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}(\\s*,\\s*" + DEGREE + ")*"
            + "(\\s+\\([^)]{1,40}\\))?" // "X, MD (Course Director)", a letter's "X, M.D., Ph.D."
            // "and everyone in the lab", "and the BLOOM team"
            + "(\\s+and (everyone|all of us|the (whole |\\p{Lu}[\\p{L}\\d-]+ )?(lab|team|group))"
            + "( (in|at) the (lab|laboratory|group|team))?)?"
            + "(\\s*,\\s*on behalf of (all |the )*(co-)?authors)?$"); // a corresponding author's "X, PhD, on behalf of all authors"
    /** A company's legal form, whose abbreviation ends a line with a full stop that ends no sentence. */
    private static final Pattern LEGAL_FORM_END = Pattern.compile("\\b(Inc|Ltd|Corp|Co|S\\.A|N\\.V|B\\.V)\\.$");
    /**
     * How many lines under the name an institution may come: a role line, the department and institution, and a
     * second post's line under them ("Professor of Medicine, University of X").
     */
    private static final int LINES_UNDER_NAME = 3;
    /** How many lines under a heading in capitals may name whose document it is. */
    private static final int MASTHEAD_LINES = 2;
    /** The longest line a signature's role or institution takes. */
    private static final int MAX_LINE_WORDS = 18;

    private SignatureBlocks() {
    }

    /**
     * A professional profile's headline under the name, a post "at" an employer whose name need not carry an
     * institution's word: "Pulmonologist | Associate Professor of Medicine at National Jewish Health".
     */
    private static final Pattern POST_AT = Pattern.compile("\\b(Professor|Lecturer|Scientist|Researcher|Director|Fellow"
            + "|Consultant|Physician|Surgeon|Nurse|Pharmacist|Investigator|Head|Chief|Officer|Postdoc|\\p{L}+ologist)"
            + "\\b[^.]*\\bat (the )?\\p{Lu}[\\p{L}'’&-]+");

    /** A company officer's post and the company: a letter's "Chief Executive Officer, Tessaris Bio". */
    private static final Pattern COMPANY_POST = Pattern.compile("^(Chief \\p{Lu}\\p{Ll}+ Officer|Chief Executive|CEO"
            + "|President|(Co-)?[Ff]ounder)\\s*(,|of)\\s+\\p{Lu}");

    /** An institution's short name after a role: "Principal investigator, IMTV". */
    private static final Pattern ACRONYM_END = Pattern.compile(",\\s+(\\p{Lu}[\\p{L}]*\\p{Lu}[\\p{L}]*)$");

    /** Whether the line ends in a short name the text defined in brackets after the long one: "... do Vale (IMTV)". */
    private static boolean endsInDefinedAcronym(String text, String line) {
        java.util.regex.Matcher m = ACRONYM_END.matcher(line);
        return m.find() && m.group(1).length() <= 10 && text.contains("(" + m.group(1) + ")");
    }

    /**
     * A signature's line naming its writer's newest paper: "Latest paper: Macrophages in melanoma release CXCL9",
     * "Latest: Ovarian cancer cells release CCL22 ... (Cancer Immunology Research, 2026)".
     */
    private static final Pattern LATEST_PAPER = Pattern.compile("^((Latest|Most recent)( (paper|publication|article))?"
            + "|(Recent|Newest|New) (paper|publication|article)):\\s+\\p{Lu}.{20,300}$");

    /** Whether the line names its signer's newest paper; layout reads it, and extraction has the signer lead it. */
    public static boolean isLatestPaperLine(String line) {
        return LATEST_PAPER.matcher(line.strip()).matches();
    }

    /** Whether a line is a signature's name line and nothing else, as a text's writer signs it off: "Prof. X Y". */
    /** How many lines from the top a letterhead may stand, as {@link PageLayout} reads one. */
    private static final int LETTERHEAD_LINES = 4;

    /**
     * Whether the text is on an institution's paper: one of its first lines, above its prose, names the institution
     * alone ("Leeds Teaching Hospitals NHS Trust"), so a name over a post that signs it is that institution's; an
     * e-mail's "Lucy Farrow" over "Trial Manager", or a letter under a nominee's line, is on no one's paper.
     */
    public static boolean headedPaper(String text) {
        List<Span> lines = PageLayout.lines(text);
        for (int i = 0; i < Math.min(lines.size(), LETTERHEAD_LINES); i++) {
            String line = lines.get(i).of(text).strip();
            if (PageLayout.isProse(line)) {
                return false;
            }
            if (ShortLines.isLetterhead(line)) {
                return true;
            }
        }
        return false;
    }

    static boolean isNameAlone(String line) {
        return NAME_LINE.matcher(line.strip()).find() && !INSTITUTION.matcher(line).find();
    }

    /**
     * The index of the last line of a signature that starts at line {@code first}, or -1 if none does: the first
     * line is a name alone and one of the next lines, short and with no blank line between, names an institution.
     */
    static int lastLine(String text, List<Span> lines, int first) {
        String name = lines.get(first).of(text).strip();
        if (!NAME_LINE.matcher(name).find()) {
            return -1;
        }
        // "DRUG INFORMATION BULLETIN" over "Pharmacy Committee | X Medical Center": a masthead says whose document it is,
        // but a heading over a plan's fields takes no more than its masthead's lines
        boolean heading = name.equals(name.toUpperCase(java.util.Locale.ROOT));
        int last = -1;
        for (int k = first + 1; k < lines.size() && k <= first + (heading ? MASTHEAD_LINES : LINES_UNDER_NAME); k++) {
            String line = lines.get(k).of(text).strip();
            boolean sentence = line.endsWith(".") && !LEGAL_FORM_END.matcher(line).find() // not "Acme Pharma, Ltd."
                    && !DOTTED_DEGREE_END.matcher(line).find(); // nor a second signer's "Y Z, M.D., Ph.D."
            if (lines.get(k).start() != lines.get(k - 1).end() + 1 || line.isBlank() || sentence
                    || line.split("\\s+").length > MAX_LINE_WORDS) {
                break; // a blank line ends the block, and a sentence is prose under a heading, not a signature
            }
            if (INSTITUTION.matcher(lines.get(k).of(text)).find() || endsInDefinedAcronym(text, line)
                    || POST_AT.matcher(line).find() || COMPANY_POST.matcher(line).find()) {
                last = k;
            }
        }
        return last;
    }
}
