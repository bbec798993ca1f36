package org.litkg.document;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins a verse's lines into the sentences they spell: a limerick's "A monocyte sat in the blood," over "Till CCL2 came
 * in a flood." Layout reads a text line by line, and a verse line ending in a comma is no sentence, so without this the
 * finding of a poem on a card or a poster is lost. A run is joined where its first line ends in a comma (or, in a
 * stanza of four verse lines or more, in a word or a colon), the lines after it end in a comma, a colon or a word, the
 * last ends a sentence or a clause, and every line is short and written mostly in lower case, as verse is and an
 * address block ("Department of Pathology," over "University of Edinburgh,") is not. Each line break becomes a
 * space, so that offsets into the text stay as they were.
 */
public final class VerseLines {

    /** A verse line is about a line of a song; a longer one is prose, wrapped or not. */
    private static final int MAX_LINE = 60;
    /** A run of verse is a few lines long: a couplet to a limerick's five. */
    private static final int MAX_RUN = 5;
    private static final Pattern OPENS_RUN = Pattern.compile(",\\s*$");
    /** A line that goes on into the next: a comma, a colon, a word, or a gene's code ("it binds your CCR7"). */
    private static final Pattern GOES_ON = Pattern.compile("([,:]|\\p{Ll}|\\b\\p{Lu}[\\p{Lu}\\d-]*\\d)\\s*$");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?;][\"'”’]?\\s*$");
    /** A stanza is this many verse lines at least, with no blank line between them: a sonnet's quatrain. */
    private static final int MIN_STANZA = 4;
    /** A capitalised word, not a code with digits in it ("CXCL12", a verse's name as much as any lower-case word). */
    private static final Pattern CAPITALISED_WORD =
            Pattern.compile("(?<![\\p{L}\\d-])\\p{Lu}[\\p{L}'’.-]*(?![\\p{L}\\d])");
    /** A letter's salutation or a card's closing, which opens no verse: "Dear all,", "With love,". */
    private static final Pattern SALUTATION = Pattern.compile("^\\s*(Dear|Hi|Hello|To|With|Best|Kind|Warm|Yours)\\b");

    private VerseLines() {
    }

    /** The text with each run of verse lines joined into one line. */
    public static String join(String text) {
        List<Span> lines = PageLayout.lines(text);
        boolean[] stanza = stanzaLines(text, lines);
        char[] joined = text.toCharArray();
        for (int i = 0; i < lines.size(); i++) {
            int last = runEnd(text, lines, i, stanza[i]);
            for (int k = i; k < last; k++) {
                joined[lines.get(k).end()] = ' ';
            }
            i = Math.max(i, last);
        }
        return new String(joined);
    }

    /** The index of the line that ends the verse run opened at line i, or i where no run opens there. */
    private static int runEnd(String text, List<Span> lines, int i, boolean inStanza) {
        String first = lines.get(i).of(text);
        // in a stanza a sentence runs over a line's end with no comma there: "the stromal cells release" over "CXCL12"
        // and where the next line goes on in lower case: "But plerixafor blocks CXCR4" over "and sets them free"
        boolean goesOnBelow = opensVerseLine(first) && nextGoesOnInLowerCase(text, lines, i);
        boolean opens = OPENS_RUN.matcher(first).find() || GOES_ON.matcher(first).find() && (inStanza || goesOnBelow);
        if (OPENS_QUOTE.matcher(first).matches() && isVerse(first)) {
            return quoteEnd(text, lines, i); // a quoted verse: "\"maraviroc blocks CCR5" over "and the virus waits\""
        }
        int verseParagraph = sentenceParagraphEnd(text, lines, i);
        if (verseParagraph > i) {
            return verseParagraph; // a clerihew's "Dr. X" over "of the University of Y" over "showed that CCL2" ...
        }
        if (!opens || !isVerse(first) || SALUTATION.matcher(first).lookingAt()) {
            return i;
        }
        for (int k = i + 1; k < lines.size() && k < i + MAX_RUN; k++) {
            Span line = lines.get(k);
            String content = line.of(text);
            if (lines.get(k - 1).end() + 1 != line.start() || !isVerse(content)) {
                return i; // a blank line or a line of another kind between them
            }
            // a stanza opened so reads on past a semicolon to its full stop: "and sets them free to roam;" over "they
            // drift into the river red"
            boolean clauseEnd = goesOnBelow && content.stripTrailing().endsWith(";");
            if (ENDS_SENTENCE.matcher(content).find() && !clauseEnd) {
                return k;
            }
            if (!GOES_ON.matcher(content).find() && !clauseEnd) {
                return i;
            }
        }
        return i;
    }

    /**
     * Whether the line right after line i, with no blank line between, is verse that opens with a word in lower case
     * and ends the sentence: "But plerixafor blocks CXCR4" over "and sets them free to roam;".
     */
    private static boolean nextGoesOnInLowerCase(String text, List<Span> lines, int i) {
        if (i + 1 >= lines.size() || lines.get(i).end() + 1 != lines.get(i + 1).start()) {
            return false;
        }
        String next = lines.get(i + 1).of(text).strip();
        return isVerse(next) && LOWER_CASE_OPENING.matcher(next).lookingAt() && next.indexOf(':') < 0
                && ENDS_SENTENCE.matcher(next).find(); // not a wrapped paragraph's "in from" over "the blood, and"
    }

    /** A word in lower case opening a line, not a field's name ("tb_culture: binary" in a spelled-out table). */
    private static final Pattern LOWER_CASE_OPENING = Pattern.compile("\\p{Ll}+[ ,;]");

    /** A field's label opening a line, which no verse line has: "Date:", "Consultant:". */
    private static final Pattern FIELD_LABEL = Pattern.compile("^\\s*\\p{Lu}[\\p{L} ]{0,20}:");

    /**
     * The last line of a paragraph opening at line i that is one sentence set out in short lines, as a clerihew or a
     * verse with lines in lower case is: three to five short lines, only the last ending a sentence, most of them verse
     * (the first may be a name alone), none a field; i where the paragraph is not so.
     */
    private static int sentenceParagraphEnd(String text, List<Span> lines, int i) {
        if (i > 0 && lines.get(i - 1).end() + 1 == lines.get(i).start()) {
            return i; // not the paragraph's first line
        }
        int verse = 0;
        for (int k = i; k < lines.size() && k < i + MAX_RUN; k++) {
            String content = lines.get(k).of(text);
            boolean continues = k + 1 < lines.size() && lines.get(k).end() + 1 == lines.get(k + 1).start();
            if (content.strip().length() > SHORT_LINE || FIELD_LABEL.matcher(content).lookingAt()
                    || SALUTATION.matcher(content).lookingAt()) {
                return i;
            }
            verse += isVerse(content) ? 1 : 0;
            boolean ends = ENDS_SENTENCE.matcher(content).find();
            if (ends || !continues) {
                int count = k - i + 1;
                boolean oneSentence = ends && !continues && count >= MIN_SENTENCE_LINES;
                return oneSentence && verse * 2 > count && isVerse(content) ? k : i;
            }
        }
        return i;
    }

    /**
     * How long a line of a one-sentence verse paragraph may be: shorter than any width prose is wrapped at
     * (WrappedLines), so a paragraph of such lines was set out so by its writer.
     */
    private static final int SHORT_LINE = 36;
    /** The fewest lines a one-sentence verse paragraph has: a clerihew's four, a tercet's three. */
    private static final int MIN_SENTENCE_LINES = 3;

    /** A line that opens a quotation it does not close: "\"maraviroc blocks CCR5". */
    private static final Pattern OPENS_QUOTE = Pattern.compile("\\s*[\"“][^\"“”]+");
    private static final Pattern CLOSES_QUOTE = Pattern.compile("[^\"“”]+[\"”][.!?]?\\s*");

    /** The line that closes the quotation line i opens, each line between verse; i where none does soon. */
    private static int quoteEnd(String text, List<Span> lines, int i) {
        for (int k = i + 1; k < lines.size() && k < i + MAX_RUN; k++) {
            String content = lines.get(k).of(text);
            if (lines.get(k - 1).end() + 1 != lines.get(k).start() || !isVerse(content)) {
                return i;
            }
            if (CLOSES_QUOTE.matcher(content).matches()) {
                return k;
            }
        }
        return i;
    }

    /**
     * For each line, whether it stands among {@link #MIN_STANZA} verse lines or more, each opening with a capital, with
     * no blank line between them; each paragraph is looked at once, so a long text without blank lines costs one pass.
     */
    private static boolean[] stanzaLines(String text, List<Span> lines) {
        boolean[] stanza = new boolean[lines.size()];
        int first = 0;
        while (first < lines.size()) {
            int last = first;
            boolean verse = opensVerseLine(lines.get(first).of(text));
            while (last + 1 < lines.size() && lines.get(last).end() + 1 == lines.get(last + 1).start()) {
                last++;
                verse &= opensVerseLine(lines.get(last).of(text));
            }
            if (verse && last - first + 1 >= MIN_STANZA) {
                java.util.Arrays.fill(stanza, first, last + 1, true);
            }
            first = last + 1;
        }
        return stanza;
    }

    /** A verse line opening with a capital, as verse does and hard-wrapped prose, going on in lower case, does not. */
    private static boolean opensVerseLine(String line) {
        String body = line.strip();
        return isVerse(body) && (Character.isUpperCase(body.charAt(0)) || Character.isDigit(body.charAt(0)));
    }

    /**
     * A short line with at least as many words in lower case as capitalised ones, and one of them at least: "CXCL12
     * binds CXCR4," is verse, "University of Edinburgh," is not.
     */
    private static boolean isVerse(String line) {
        String body = line.strip();
        long lower = PageLayout.LOWERCASE_WORD.matcher(body).results().count();
        long capitalised = CAPITALISED_WORD.matcher(body).results().count();
        return !body.isEmpty() && body.length() <= MAX_LINE && lower >= 1 && lower >= capitalised;
    }
}
