package org.litkg.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Joins the lines of hard-wrapped plain text (an e-mail wrapped at 72 columns, text extracted from a PDF) back into
 * paragraphs, and words hyphenated across a line break back into words. Layout reads a text line by line, so without
 * this a wrapped sentence is read as several fragments, none of which ends like a sentence. A text is hard-wrapped
 * when most of its long lines end inside a sentence at about the same width; a text written one paragraph a line, a
 * list or a programme is left as it is.
 */
public final class WrappedLines {

    /** Wrapping widths seen in practice: e-mail at 72 to 78 columns, PDF columns at 40 and up, terminals at 80, editors
     * at 100 or 120, line printers at 132. */
    private static final int MIN_WIDTH = 40;
    private static final int MAX_WIDTH = 132;
    /** A line this close to the wrapping width, or closer, was broken by the wrapping, not by its writer. */
    private static final double FULL_LINE = 0.7;
    /** A wrapped line may run a little past the width most lines keep to. */
    private static final double LONG_LINE = 1.15;
    /** How much of the width a line and the next line's first word may fill for the word to have fitted. */
    private static final double ROOM_LEFT = 0.9;
    /**
     * At least this many lines must look wrapped before the text counts as hard-wrapped, or, in a short text (an
     * invitation, a receipt) with fewer long lines, this many with every long line wrapped.
     */
    private static final int MIN_WRAPPED_LINES = 3;
    private static final int MIN_WRAPPED_LINES_ALL_LONG = 2;
    private static final Pattern ENDS_CLAUSE = Pattern.compile("[.!?:;…\"”’)\\]]\\s*$");
    /** A title's or a Latin abbreviation's stop at a line's end, which ends no sentence: "led by Dr." over "X, ...". */
    private static final Pattern ENDS_IN_TITLE = Pattern.compile("\\b(Dr|Prof|Mr|Mrs|Ms|St|e\\.g|i\\.e|et al)\\.$");
    /**
     * A line that opens a new item, not a wrapped sentence's next words: a bullet, a number, a superscript mark (an
     * affiliation or a note), a time, a label.
     */
    private static final Pattern OPENS_ITEM = Pattern.compile("^\\s*([•▪◦‣*·–—-]\\s|\\d+(\\.\\d+)*[.)]\\s|\\d+(\\.\\d+)+\\s|\\d{1,3}\\s"
            + "|[¹²³⁴⁵⁶⁷⁸⁹]|\\[?\\d{1,2}:\\d{2}|[A-Z]\\d*\\.\\d|\\p{Lu}[\\p{L}\\d ]{0,25}:\\s)");
    /** How many lines in columns make a short text a table, whose lines no wrapping broke. */
    private static final int MIN_TABLE_ROWS = 3;
    /** Columns set apart by a run of spaces: a running header's title and issue, a table's cells. */
    private static final Pattern COLUMN_GAP = Pattern.compile("\\S\\s{3,}\\S");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)\\bpage \\d+( of \\d+)?\\s*$");
    /** A word broken at a hyphen at a line's end: "iso-" then "form". */
    private static final Pattern BROKEN_WORD = Pattern.compile("(\\p{L}+)-$");

    private WrappedLines() {
    }

    /** The text with its wrapped paragraphs joined; the text itself when it is not hard-wrapped. */
    public static String unwrap(String text) {
        return unwrap(text, false);
    }

    /**
     * A part of a text (a reply's quoted message) with its wrapped paragraphs joined only where its own lines show the
     * wrapping plainly, by at least {@link #MIN_WRAPPED_LINES} of them: a short part's few lines are left to the
     * whole text's unwrapping, which has every part's lines to go by.
     */
    public static String unwrapPart(String text) {
        return unwrap(text, true);
    }

    private static String unwrap(String text, boolean plainlyOnly) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int longest = longestLine(lines); // as written: a hanging value joined to its label is no line of the text's
        boolean hanging = joinHangingValues(lines);
        int width = wrappingWidth(lines, plainlyOnly ? 0 : longest);
        if (width == 0) {
            return hanging ? String.join("\n", lines) : text;
        }
        longest = width == longest ? longest : 0; // only a text wrapped at its longest tells lines its writer ended
        dropPageFurniture(lines, width, longest);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i + 1 == lines.size() || !joinsNext(line, lines.get(i + 1), width, longest)) {
                out.append(line).append(i + 1 < lines.size() ? "\n" : "");
                continue;
            }
            String joined = join(line, lines.get(i + 1), text);
            String next = lines.get(i + 1).stripLeading();
            out.append(joined, 0, joined.length() - next.length()); // the next line is written on its own turn
            lines.set(i + 1, next);
        }
        return out.toString();
    }

    /** Whether a line ends in a word broken at a hyphen ("toler-"), so the next line, in lower case, is its rest. */
    static boolean endsInBrokenWord(String line, String next) {
        return BROKEN_WORD.matcher(line.stripTrailing()).find() && !next.isEmpty() && Character.isLowerCase(next.charAt(0));
    }

    /**
     * A wrapped line and the next as one: a word the typesetter broke at a soft hyphen mended ("apolipo\u00AD"
     * "protein"); one broken at a hyphen mended ("iso-" "form": "isoform") unless the text writes it with one
     * ("long-term") or the rest opens with a capital or a digit ("Rahimi-" "Beaumont", "IL-" "34"); else a space.
     * {@code text} is the whole text, where the hyphen's use is looked up.
     */
    static String join(String line, String next, String text) {
        String trimmed = line.stripTrailing();
        String rest = next.stripLeading();
        var broken = BROKEN_WORD.matcher(trimmed);
        if (Typography.endsInSoftHyphen(trimmed)) {
            return trimmed.substring(0, trimmed.length() - 1) + rest;
        }
        if (broken.find() && !rest.isEmpty() && Character.isLetterOrDigit(rest.charAt(0))) {
            boolean hyphen = !Character.isLowerCase(rest.charAt(0))
                    || keepsHyphen(text, broken.group(1), rest.split("[^\\p{L}]", 2)[0]);
            return trimmed.substring(0, trimmed.length() - (hyphen ? 0 : 1)) + rest;
        }
        return trimmed + " " + rest;
    }

    /**
     * Removes a PDF's running headers and page footers ("GI Oncol Rev 2026;9(2):41-52    Page 2 of 12"): lines in
     * columns that come back with other numbers or open a page after a form feed, and lines that name a page. Where
     * one stood inside a sentence, the blank lines around it go
     * too, so the sentence's two halves join.
     */
    private static void dropPageFurniture(List<String> lines, int width, int longest) {
        Map<String, Integer> shapes = new HashMap<>();
        lines.forEach(l -> shapes.merge(shape(l), 1, Integer::sum));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean pageHead = line.startsWith("\f"); // pdftotext starts each page with a form feed
            boolean furniture = !line.isBlank() && (PAGE_NUMBER.matcher(line).find()
                    || (shapes.get(shape(line)) > 1 || pageHead) && COLUMN_GAP.matcher(line).find());
            if (!furniture) {
                continue;
            }
            lines.remove(i);
            int before = i - 1;
            while (before >= 0 && lines.get(before).isBlank()) {
                before--;
            }
            int after = i;
            while (after < lines.size() && lines.get(after).isBlank()) {
                after++;
            }
            if (before >= 0 && after < lines.size() && joinsNext(lines.get(before), lines.get(after), width, longest)
                    && Character.isLowerCase(lines.get(after).stripLeading().charAt(0))) {
                lines.subList(before + 1, after).clear(); // the sentence went on over the page break
                i = before;
            } else {
                i--;
            }
        }
    }

    /** A line with its numbers blanked, so that page 2's footer and page 3's are the same line. */
    static String shape(String line) {
        return line.strip().replaceAll("\\d+", "#");
    }

    /**
     * The width the text is wrapped at, or 0 when it is not hard-wrapped: the length that all but the longest
     * twentieth of its lines (columns set apart by spaces not counted) keep to, or failing that the longest line's,
     * where enough lines come close to it and end inside a sentence that the next line carries on. {@code longest} is
     * the longest line's length as written, or 0 to ask for plain wrapping only: many lines, at the usual width.
     */
    static int wrappingWidth(List<String> lines, int longest) {
        int[] lengths = lines.stream().filter(l -> !COLUMN_GAP.matcher(l).find())
                .mapToInt(l -> l.stripTrailing().length()).sorted().toArray();
        if (lengths.length == 0) {
            return 0;
        }
        int width = lengths[(int) Math.floor((lengths.length - 1) * 0.95)]; // a stray long line is no wrapping width
        int atWidth = wrappedAt(lines, width, 0, longest > 0);
        // but in a short text of short lines (a storyboard's fields) the few wrapped ones may be the longest, and there
        // a line its writer ended can be told from a wrapped one; not in a table's rows and the lines between them (a
        // profile's "TITLE   CITED BY   YEAR" over each paper's title, authors and journal), each ended by its writer
        if (atWidth > 0 || longest == 0 || isTable(lines)) {
            return atWidth;
        }
        return wrappedAt(lines, longest, longest, true);
    }

    /** Whether enough of the lines are in columns for the text to be a table. */
    private static boolean isTable(List<String> lines) {
        return lines.stream().filter(l -> COLUMN_GAP.matcher(l).find()).count() >= MIN_TABLE_ROWS;
    }

    /** The length of the longest line, columns set apart by spaces not counted. */
    private static int longestLine(List<String> lines) {
        return lines.stream().filter(l -> !COLUMN_GAP.matcher(l).find()).mapToInt(l -> l.stripTrailing().length())
                .max().orElse(0);
    }

    /**
     * The width, where the text looks wrapped at it; else 0. With {@code fewLines}, a short text's two wrapped lines
     * are enough where they are all its long ones, and so is one whose sentence goes on in lower case on the next line
     * (a certificate's one wrapped citation: "that an antibody against CCR8" over "removes them"), or any one where the
     * text is wrapped at its longest line, which the writer's own line ends were told from ("led by Dr. Imogen" over
     * "Ferreira-Castle at St James's").
     */
    private static int wrappedAt(List<String> lines, int width, int longest, boolean fewLines) {
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            return 0;
        }
        int wrapped = 0;
        int longLines = 0;
        boolean goesOnInLowerCase = false;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            if (line.length() < width * FULL_LINE || !decidesWrapping(line, lines.get(i + 1))
                    || nextWordFits(line, lines.get(i + 1), longest)
                    || longest > 0 && endsSentence(line) && !closedInside(line, lines.get(i + 1))) {
                continue; // a line its writer ended is the same in both, and so, at the longest, is a sentence's end
            }
            longLines++;
            if (joinsNext(lines.get(i), lines.get(i + 1), width, longest)) {
                wrapped++;
                goesOnInLowerCase = Character.isLowerCase(lines.get(i + 1).strip().charAt(0));
            }
        }
        boolean wrappedText = wrapped >= MIN_WRAPPED_LINES && wrapped * 2 >= longLines
                || fewLines && wrapped == longLines
                && (wrapped >= MIN_WRAPPED_LINES_ALL_LONG || wrapped == 1 && (goesOnInLowerCase || longest > 0));
        return wrappedText ? width : 0;
    }

    /**
     * Whether a line ends a sentence: at the longest line's length, where the next word would not have fitted, a
     * wrapping ends such a line as its writer does ("on gut-homing T cells." over "Vercirnon, a drug ...").
     */
    private static boolean endsSentence(String line) {
        return ENDS_CLAUSE.matcher(line).find() && !ENDS_IN_TITLE.matcher(line).find();
    }

    /**
     * Whether a long line tells wrapped text from text written a paragraph a line: one followed by a line of prose. A
     * long line before a blank line or a list's next item, or a line in columns (a letterhead with its date at the right
     * margin, a contact block), is the same in both, and is not counted either way.
     */
    private static boolean decidesWrapping(String line, String next) {
        return !COLUMN_GAP.matcher(line).find() && !next.isBlank() && !OPENS_ITEM.matcher(next).find();
    }

    /** Words no item ends with, so that a line ending in one goes on: "twice a week for" over "12 weeks.", "a phase" over "1 trial". */
    private static final java.util.Set<String> OPEN_ENDINGS = java.util.Set.of("for", "in", "of", "the", "a", "to", "by",
            "with", "than", "from", "at", "on", "about", "over", "after", "before", "every", "each", "nearly", "only",
            "and", "phase", "stage", "grade", "type", "cycle", "day", "week", "cohort", "part", "level");
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\s*\\d+\\s");

    /** A line opening with a bare number ("12 weeks.") after a line that ends in a word no item ends with. */
    private static boolean numberGoesOn(String body, String next) {
        String[] words = body.split("\\s+");
        return BARE_NUMBER.matcher(next).find() && OPEN_ENDINGS.contains(words[words.length - 1]);
    }

    /** Whether a full line ends inside a sentence that the next line, a line of prose, carries on. */
    private static boolean joinsNext(String line, String next, int width, int longest) {
        String body = line.stripTrailing();
        if (Typography.endsInSoftHyphen(body) && !next.isBlank() && Character.isLetter(next.strip().charAt(0))) {
            return true;
        }
        // a bracket closes a gloss inside a sentence as often as an item: "binds CEACAM5 (carcinoembryonic ... 5)" over
        // "and carries", in lower case, goes on, as a closed quote or clause does (closedInside)
        return body.length() >= width * FULL_LINE && body.length() <= width * LONG_LINE
                && (!ENDS_CLAUSE.matcher(body).find() || closedInside(body, next) || ENDS_IN_TITLE.matcher(body).find())
                && !COLUMN_GAP.matcher(body).find() && next.strip().length() > 1
                && (!OPENS_ITEM.matcher(next).find() || numberGoesOn(body, next))
                && (!next.startsWith("    ") || hangsUnderBullet(line, next))
                && !(fieldSeparators(body) >= 2 && fieldSeparators(body) == fieldSeparators(next))
                && !nextWordFits(body, next, longest)
                && AnsweredClues.answerStart(body) < 0; // a crossword's "... (9): MARAVIROC" ends with its answer
    }

    /**
     * Whether a line closing a bracket, a quote or a clause goes on in the next line, in lower case: a gloss inside a
     * sentence ("T cells (red)" over "in the node"), a quote's words ('"we," "us"' over 'and "our" refer to'), a
     * clause with a semicolon ("towards CXCL10;" over "carries CXCR3 proudly."), or a quoted title over its bracketed
     * source.
     */
    private static boolean closedInside(String line, String next) {
        String body = line.stripTrailing();
        return !body.isEmpty() && ")\"”’;".indexOf(body.charAt(body.length() - 1)) >= 0
                && !next.isBlank() && Character.isLowerCase(next.strip().charAt(0)) || sourceFollowsQuote(body, next);
    }

    private static final Pattern CLOSES_QUOTE = Pattern.compile("[\"”’]\\s*$");

    /**
     * Whether a line closing a quote is followed by a bracket that opens the quote's source: a paper's title, then
     * "(Cancer Cell, 2025)" on the next line, where a wrapping put the bracket that did not fit.
     */
    private static boolean sourceFollowsQuote(String line, String next) {
        return CLOSES_QUOTE.matcher(line).find() && next.strip().startsWith("(");
    }

    /** A bullet and the spaces after it, where a bulleted item's text starts: "  - If fewer than 20". */
    private static final Pattern BULLET_TEXT = Pattern.compile("^\\s*[-•*–]\\s+");

    /** Whether the next line is indented to where this bulleted line's text starts: its text wrapped under it. */
    private static boolean hangsUnderBullet(String line, String next) {
        var bullet = BULLET_TEXT.matcher(line);
        return bullet.find() && indent(next) == bullet.end();
    }

    /**
     * Whether the next line's first word would have fitted on this line, within the longest line's length and with
     * room to spare (a PDF's letters differ in width): a wrapping breaks a line only for a word that does not fit, so
     * this line was ended by its writer ("Science adviser: Dr. X, University of Y" over "Draft 3, for comment"). A
     * longest length of 0 tells nothing: where a few stray lines are longer than the wrapping, the fit is unknown.
     */
    private static boolean nextWordFits(String body, String next, int longest) {
        String rest = next.strip();
        int space = rest.indexOf(' ');
        String word = space < 0 ? rest : rest.substring(0, space);
        return longest > 0 && !Character.isLowerCase(word.codePointAt(0))
                && body.length() + 1 + word.length() <= longest * ROOM_LEFT;
    }

    /**
     * Joins a labelled field's value that goes on under itself, at its own column, onto the label's line: a letter's
     * or a notice's header block ("To:      Dr. X, MD, PhD" over "         Division of Y, Z Center"). An address's
     * parts, one a line, are joined by commas; a line that ends a clause or a bracket is an item of its own. Returns
     * whether any line was joined.
     */
    private static boolean joinHangingValues(List<String> lines) {
        boolean joined = false;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            int value = valueColumn(line);
            String next = lines.get(i + 1);
            if (value == 0 || indent(next) != value || next.isBlank() || ENDS_CLAUSE.matcher(line).find()) {
                continue;
            }
            String rest = next.strip();
            String last = line.substring(line.lastIndexOf(' ') + 1);
            boolean parts = Character.isUpperCase(rest.charAt(0)) && !last.isEmpty() && !Character.isLowerCase(last.charAt(0));
            lines.set(i, line + (parts && !line.endsWith(",") ? ", " : " ") + rest); // "Hematology," has its comma
            lines.remove(i + 1);
            i--; // the value may go on over more lines
            joined = true;
        }
        return joined;
    }

    /** A label and the spaces that align its value: "Supervisors:        Professor X, Department of ...". */
    private static final Pattern ALIGNED_LABEL = Pattern.compile("^\\p{Lu}[\\p{L} ]{0,30}:\\s{2,}(?=\\S)");

    /** The column a labelled field's value starts at, or 0 for a line that is no such field. */
    private static int valueColumn(String line) {
        var m = ALIGNED_LABEL.matcher(line);
        return m.find() ? m.end() : 0;
    }

    private static int indent(String line) {
        int k = 0;
        while (k < line.length() && line.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    private static final Pattern FIELD_SEPARATOR = Pattern.compile(" [-–|] ");

    /**
     * How many spaced dashes or bars divide a line into fields: a list's rows ("Ingrid Okonkwo, PhD - PI - University of
     * X") each have as many, and are rows, not a sentence wrapped, however long.
     */
    private static long fieldSeparators(String line) {
        return FIELD_SEPARATOR.matcher(line).results().count();
    }

    /**
     * Whether a word broken at a line's end keeps its hyphen: where the text writes it with one elsewhere
     * ("long-term"), not where it writes it whole ("isoform") or not at all, as with most words a wrapping breaks.
     */
    private static boolean keepsHyphen(String text, String before, String after) {
        String hyphenated = before + "-" + after;
        String whole = before + after;
        return text.contains(hyphenated) && !text.contains(whole)
                || !text.contains(whole) && COMPOUND_ENDS.contains(after.toLowerCase(java.util.Locale.ROOT));
    }

    /** Words that end a hyphenated compound, never a word's broken half: "platinum-" "resistant", "dose-" "dependent". */
    private static final java.util.Set<String> COMPOUND_ENDS = java.util.Set.of("resistant", "refractory", "sensitive",
            "positive", "negative", "naive", "related", "based", "like", "induced", "mediated", "specific", "targeted",
            "directed", "derived", "dependent", "independent", "associated", "expressing", "driven", "free", "grade",
            "stage", "label", "term", "cell", "cells", "line", "escalation", "blind", "controlled", "year", "old", "risk");
}
