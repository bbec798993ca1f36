package org.litkg.document;

import java.util.regex.Pattern;

/**
 * Headings that layout reads although they are no sentences, because they name what the lines under them are about:
 * a drug's code over its description, a factbox's drug over its starred items, a topic over lines about "it", a name
 * with the short form the text goes on to use, and a revision sheet's molecule over its field bullets ("CXCL12" over
 * "- made by: stromal cells").
 */
final class ReadHeadings {

    private ReadHeadings() {
    }

    /** A drug's code heading a description, with or without its name in brackets: "ORV-101 (tenoxafor)", "ORV-204". */
    private static final Pattern DRUG_HEADING = Pattern.compile(
            "\\s*[A-Z][A-Z0-9]{1,6}-\\d{2,7}[A-Z]?(\\s+\\([a-z][a-z -]{3,40}\\))?\\s*");
    /**
     * A factbox's heading over the starred items about one drug, "PLERIXAFOR (MOZOBIL)", "BALIXAFORTIDE", or a card's
     * over its fields.
     */
    private static final Pattern CAPITAL_NAME_HEADING = Pattern.compile(
            "\\s*[A-Z][A-Z0-9-]{5,30}(\\s+\\([A-Z][A-Za-z0-9 -]{2,30}\\))?\\s*");
    /** A card's or a form's field line under its heading: "Size: small molecule", "Approved: 2007". */
    private static final Pattern FIELD_LINE = Pattern.compile("\\s*\\p{Lu}[\\p{Ll} ]{1,20}:\\s+\\S");
    /** A description that opens with an indefinite article and has no subject of its own: "An oral antagonist of X." */
    private static final Pattern DESCRIPTION_START = Pattern.compile("\\s*(A|An)\\s+\\S");

    /**
     * Line i, the next line with words being {@code next}: a heading read although it is no sentence, as it names what
     * the lines under it are about, or a short labelled answer under its question.
     */
    static boolean isRead(String text, java.util.List<Span> lines, int i, String next) {
        String line = lines.get(i).of(text);
        return isRead(line, next) || isLabelledAnswer(line, previousContent(text, lines, i));
    }

    /** The last line with words in it before line i, or "". */
    private static String previousContent(String text, java.util.List<Span> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!lines.get(j).of(text).isBlank()) {
                return lines.get(j).of(text);
            }
        }
        return "";
    }

    /** A short answer after its label: a flash card's "Card 2, back: CCL22.", a quiz's "Answer: maraviroc". */
    private static final Pattern LABELLED_ANSWER = Pattern.compile("\\s*[^:?]{1,30}:\\s+\\S[^:?]{0,60}");

    /** A short labelled line under a question's line, which it answers: "Card 2, back: CCL22." under "...?". */
    private static boolean isLabelledAnswer(String line, String previous) {
        return previous.strip().endsWith("?") && LABELLED_ANSWER.matcher(line).matches();
    }

    private static boolean isRead(String line, String next) {
        return isDrugHeading(line, next) || isTopicHeading(line, next) || DEFINING_HEADING.matcher(line).lookingAt()
                || ISSUE_HEADING.matcher(line).matches() || KIND_OF_PAGE_HEADING.matcher(line).matches()
                || isFieldListHeading(line, next) || isHeadword(line, next) || isAnsweredQuestion(line, next)
                || SHORT_QUESTION.matcher(line).matches()
                || isShortHeadingOver(line, FIELD_HEADING_WORDS, next, FIELD_LINE)
                && (NAMING_LABEL.matcher(line).matches() || NAME_FIELD.matcher(line).matches());
    }

    /**
     * A card's or a sheet's name field over the fields about it: "Name: Maraviroc" over "Class: entry inhibitor", a
     * drug facts panel's "Active ingredient: mogamulizumab" over "Purpose: binds CCR4".
     */
    private static final Pattern NAME_FIELD = Pattern.compile("\\s*(Name|Active ingredients?):\\s+\\S.*");
    /** A label numbering what it names: a science centre's "Enclosure 4: Neutrophils", an exhibit's "Case 2: CCR5". */
    private static final Pattern NAMING_LABEL = Pattern.compile("\\s*\\p{Lu}\\p{Ll}+ \\d{1,3}:\\s+\\S.*");

    /** A joke's or a quiz's answer under its question: "Because it binds their CXCR2!" */
    static final Pattern BECAUSE_ANSWER = Pattern.compile("\\s*Because\\s+\\S.*[.!]\\s*");

    /**
     * A short question over its answer, "Why do neutrophils love CXCL8?" over "Because it ...", "Which receptor does
     * maraviroc block?" over "Answer: CCR5.": what it asks about.
     */
    private static boolean isAnsweredQuestion(String line, String next) {
        return line.strip().endsWith("?") && (BECAUSE_ANSWER.matcher(next).matches()
                || LABELLED_ANSWER.matcher(next).matches());
    }

    /**
     * A question too short to be prose, as a patient page or an explainer asks them over their answers: "What is WHIM
     * syndrome?", "Who ran the study?". It names what the answer is about; being a question, it asserts nothing.
     */
    private static final Pattern SHORT_QUESTION = Pattern.compile("\\s*(What|Who|Which|How|Why|When|Where|Is|Are|Does"
            + "|Do|Can|Could|Should|Will|Would)( [\\p{L}\\d'-]+){1,5}\\?\\s*");

    /** How many words a dictionary's or a glossary's headword may have: "motixafortide", "regulatory T cell". */
    private static final int HEADWORD_WORDS = 3;
    /** The fields a dictionary entry opens with under its headword, which the definition below is about. */
    private static final Pattern ENTRY_FIELD = Pattern.compile(
            "\\s*(Pronunciation|Part of speech|Definition|Also (called|known as)|Other names?|Synonyms?)\\s*:");

    /** A dictionary entry's headword over its fields ("motixafortide" over "Pronunciation: ..."), itself no field. */
    private static boolean isHeadword(String line, String next) {
        boolean labelled = WORD_LABEL.matcher(line).lookingAt(); // a spelling bee's "Word: plerixafor"
        String word = labelled ? line.substring(line.indexOf(':') + 1) : line;
        return (labelled || line.indexOf(':') < 0) && isShortHeadingOver(word, HEADWORD_WORDS, next, ENTRY_FIELD);
    }

    /** A headword's own label: a spelling bee's or a glossary card's "Word:", "Term:". */
    private static final Pattern WORD_LABEL = Pattern.compile("\\s*(Word|Term|Headword|Spelling word)\\s*:");

    /**
     * A page's heading that names what it is about before the kind of page it is: "CLEAR-AD trial: frequently asked
     * questions", "British Society for Rheumatology: position statement on JAK inhibitors".
     */
    private static final Pattern KIND_OF_PAGE_HEADING = Pattern.compile("\\s*\\p{Lu}[^:?.]{2,80}:\\s+(?i:frequently "
            + "asked questions|FAQs?|questions and answers|(a )?(position|consensus|joint) statement|fact sheet)\\b.*");
    /** A journal's heading over what its issue holds: "In this issue of Hepatology", "In the latest issue of Gut". */
    private static final Pattern ISSUE_HEADING = Pattern.compile(
            "\\s*In (this|the latest|the current|our latest) (issue|edition) of (the )?\\p{Lu}[\\p{L} &-]{1,60}\\s*");
    /**
     * A heading that opens with a name and the short form the text goes on to use, "Hidradenitis suppurativa (HS): a
     * guide for families": read, so the short form under it stands for the name.
     */
    private static final Pattern DEFINING_HEADING = Pattern.compile(
            "\\s*\\p{Lu}[\\p{Ll}-]+(?: [\\p{L}-]+){0,5} \\((\\p{Lu}[\\p{L}\\d-]{1,9})\\)(?::|\\s*$| [-–—] )");

    /**
     * A drug's heading over the description of it, as a pipeline page or a formulary sets them, or over a factbox's
     * starred items: the heading is the description's subject, so it is read although it is no sentence.
     */
    private static boolean isDrugHeading(String line, String next) {
        return DRUG_HEADING.matcher(line).matches() && DESCRIPTION_START.matcher(next).lookingAt()
                || CAPITAL_NAME_HEADING.matcher(line).matches() && (PageLayout.BULLET.matcher(next).lookingAt()
                || FIELD_LINE.matcher(next).lookingAt()); // a game card's "MARAVIROC" over "Size: small molecule"
    }

    /** A fact sheet's or an explainer's lines that say what "it" is or does: "What it does: binds CD19", "It binds". */
    private static final Pattern IT_OPENING = Pattern.compile(
            "\\s*(What|How|Why|Who) it \\p{Ll}+( \\p{Ll}+)?:|\\s*It\\s+\\p{Ll}");
    /** How many words a topic heading may have: "Inebilizumab at a glance". */
    private static final int TOPIC_HEADING_WORDS = 6;

    /**
     * A short heading over lines whose subject is "it" ("Inebilizumab at a glance", then "What it is: a monoclonal
     * antibody"): the heading names what "it" stands for, so it is read although it is no sentence.
     */
    private static boolean isTopicHeading(String line, String next) {
        return isShortHeadingOver(line, TOPIC_HEADING_WORDS, next, IT_OPENING);
    }

    /** Whether the line is a heading of at most maxWords words, no sentence, over a line that opens as under does. */
    private static boolean isShortHeadingOver(String line, int maxWords, String next, Pattern under) {
        String body = line.strip();
        int words = body.isEmpty() ? 0 : body.split("\\s+").length;
        return words >= 1 && words <= maxWords && !PageLayout.SENTENCE_END.matcher(body).find()
                && under.matcher(next).lookingAt();
    }

    /** How many words a field list's heading may have: "Branch 1: CXCL12". */
    private static final int FIELD_HEADING_WORDS = 5;

    /** A short heading, no sentence, over a bullet that opens a molecule's fields: "Branch 1: CXCL12". */
    private static boolean isFieldListHeading(String line, String next) {
        return isShortHeadingOver(line, FIELD_HEADING_WORDS, next, MoleculeFields.BULLET)
                || isShortHeadingOver(line, FIELD_HEADING_WORDS, next, MoleculeFields.LINE); // "Card: CXCR4"
    }
}
