package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table typed as plain text with bars between its cells, spelt out as the sentences its cells say about each thing it
 * compares. Page layout leaves a line with a bar out as a masthead or a menu ("Home | News | Contact"), so without this
 * a comparison table's findings would not be read at all.
 *
 * <p>A table whose rows each name a thing ("Drug | Class | Target", then "Haloperidol | typical antipsychotic | blocks
 * dopamine D2 receptors") gives a glossary line per row: "Haloperidol: typical antipsychotic; blocks dopamine D2
 * receptors." A table whose columns each name a thing, with questions down its first column (a patient decision aid's
 * "Your question | Steroid drips | Teprotumumab drips", then "What is it? | A steroid ... | An antibody that blocks
 * IGF-1R"), gives a line per cell, its column's heading as the label. A cell that is a sentence of its own ("Mycophenolate
 * is often given with steroid drips.") is kept as it is; one opened by "It" has the thing's name put in its place. A
 * regulator's list of approvals says what its "FDA-approved use" column means: "approved by the FDA to treat X".
 */
final class PipeTables {

    /** A bar between cells, with space on each side: "CD4|CD8" in a name is no cell border. */
    static final Pattern BAR = Pattern.compile("\\s+\\|\\s+");
    /** The bars that may open and close a row: "| a | b |". */
    private static final Pattern EDGE_BARS = Pattern.compile("^\\s*\\|\\s*|\\s*\\|\\s*$");
    /** A Markdown-like rule under the headings: "---|---". */
    private static final Pattern RULE_ROW = Pattern.compile("^[\\s|:-]*-{3,}[\\s|:-]*$");
    /** A heading row and at least two rows: fewer is a masthead or a reviewer's line, not a table. */
    private static final int MIN_ROWS = 3;
    /** A cell with this many lowercase words says something; a table of names and dates alone is a CV's list. */
    private static final int SAYING_WORDS = 3;
    /** The heading over a first column of questions: "Your question", "Questions", "Feature", "Option". */
    private static final Pattern QUESTION_HEADING = Pattern.compile(
            "(?i)((your|common|key) )?(questions?|features?|options?|frequently asked questions|what you want to know)?");
    /**
     * A cell with no subject of its own, the thing its row or column names being that subject: lowercase ("blocks
     * CXCR4"), a description ("An antibody that ..."), a participle ("Approved by the FDA"), or "It"/"They".
     */
    private static final Pattern FRAGMENT = Pattern.compile("^(\\p{Ll}|(A|An)\\s|\\p{Lu}\\p{Ll}+ed\\s+(by|with|in|for|to|as|on)\\b)");
    /** A column of what an agency approved each drug for: "FDA-approved use", "EMA-approved indication". */
    private static final Pattern APPROVED_USE = Pattern.compile("(\\p{Lu}{2,})-approved (use|indication)s?");
    /** A data dictionary's headings: its variables first, what each measures last ("Variable | Type | Description"). */
    private static final Pattern DICTIONARY_HEADING = Pattern.compile("(?i)variables?( name)?|fields?|columns?");
    private static final Pattern DESCRIPTION_HEADING = Pattern.compile("(?i)descriptions?|definitions?|meaning|label");
    /** A column of what its keeper noted or observed: "Notes", "Comments", "Observations", "Result". */
    private static final Pattern NOTES_HEADING =
            Pattern.compile("(?i)notes?|comments?|observations?|results?|findings?");
    private static final Pattern PRONOUN_OPENING = Pattern.compile("^(It|They)\\s+(?=\\p{Ll})");

    private PipeTables() {
    }

    static String spellOut(String text) {
        if (!text.contains(" | ")) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        int i = 0;
        while (i < lines.length) {
            List<List<String>> rows = new ArrayList<>();
            int end = i;
            for (; end < lines.length; end++) {
                if (RULE_ROW.matcher(lines[end]).matches() && !rows.isEmpty()) {
                    continue; // "---|---" under the headings
                }
                List<String> cells = cells(lines[end]);
                if (cells.size() < 2 || !rows.isEmpty() && cells.size() != rows.get(0).size()) {
                    break; // a table's rows all have as many cells as its headings
                }
                rows.add(cells);
            }
            Optional<String> blocking = rows.isEmpty() ? Optional.empty()
                    : ReagentTables.blockingClass(caption(lines, i), rows.get(0));
            boolean reagents = blocking.isPresent() && ReagentTables.hasTarget(rows.get(0));
            if (rows.size() >= MIN_ROWS && (says(rows) || reagents) && !saysSentence(rows.get(0))) {
                out.addAll(sentences(rows, reagents ? blocking : Optional.empty()));
                i = end;
            } else {
                out.add(lines[i++]);
            }
        }
        return String.join("\n", out);
    }

    /** The cells of a line with bars between them, or none. */
    private static List<String> cells(String line) {
        if (!BAR.matcher(line).find()) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        for (String cell : BAR.split(EDGE_BARS.matcher(line).replaceAll(""))) {
            cells.add(cell.strip());
        }
        return cells;
    }

    /**
     * Whether a first row says a sentence ("p. 3: CX3CL1 binds CX3CR1 on monocytes. | not on all monocytes!"): no
     * table's headings do, so the lines are notes beside sentences (BarredNotes), not a table.
     */
    private static boolean saysSentence(List<String> first) {
        return first.stream().anyMatch(c -> c.endsWith(".") && saying(c));
    }

    private static boolean says(List<List<String>> rows) {
        return rows.stream().flatMap(List::stream).anyMatch(PipeTables::saying);
    }

    /** Whether a cell has lowercase words enough to say something. */
    private static boolean saying(String cell) {
        return PageLayout.LOWERCASE_WORD.matcher(cell).results().count() >= SAYING_WORDS;
    }

    /** The nearest line with words before the table at line i: its caption, or a heading above it. */
    private static String caption(String[] lines, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!lines[k].isBlank()) {
                return lines[k];
            }
        }
        return "";
    }

    private static List<String> sentences(List<List<String>> rows, Optional<String> blocking) {
        List<String> heading = rows.get(0);
        List<List<String>> body = rows.subList(1, rows.size());
        long asked = body.stream().filter(r -> r.get(0).endsWith("?")).count();
        boolean byColumn = QUESTION_HEADING.matcher(heading.get(0)).matches() || asked * 2 >= body.size();
        List<String> out = new ArrayList<>();
        out.add("");
        boolean dictionary = DICTIONARY_HEADING.matcher(heading.get(0)).matches()
                && DESCRIPTION_HEADING.matcher(heading.get(heading.size() - 1)).matches();
        for (List<String> row : body) {
            if (byColumn) {
                for (int j = 1; j < row.size(); j++) {
                    out.addAll(about(heading.get(j), List.of(piece(row.get(0), row.get(j)))));
                }
            } else {
                List<String> pieces = new ArrayList<>();
                for (int j = 1; j < row.size(); j++) {
                    if (dictionary && j == row.size() - 1) {
                        continue; // a data dictionary's description of what a variable measures says nothing
                    }
                    String label = heading.get(j);
                    String cell = row.get(j);
                    String said = ReagentTables.targetPiece(blocking, label, cell).orElseGet(() -> piece(label, cell));
                    // a notes cell's "Panel B: CCR2 high on monocytes" is a sentence of its own
                    pieces.add(NOTES_HEADING.matcher(label).matches() ? FullStops.close(said) : said);
                }
                out.addAll(about(row.get(0), pieces));
            }
        }
        out.add("");
        return out;
    }

    /**
     * A cell as a part of a sentence about the thing: a bare name has its label before it ("Target | CXCR4" gives
     * "target CXCR4"), as the name alone would not say what it is to the thing.
     */
    private static String piece(String label, String cell) {
        Matcher approvedUse = APPROVED_USE.matcher(label);
        if (approvedUse.matches() && cell.startsWith("To ")) { // "FDA-approved use | To treat WHIM syndrome"
            return "approved by the " + approvedUse.group(1) + " " + lowerFirst(cell);
        }
        boolean bare = !cell.isEmpty() && !PageLayout.LOWERCASE_WORD.matcher(cell).find();
        return bare && !label.isEmpty() && !label.endsWith("?") ? lowerFirst(label) + " " + cell : cell;
    }

    /** The sentences the pieces say about the thing: fragments gathered after its name, the rest as they stand. */
    private static List<String> about(String thing, List<String> pieces) {
        List<String> out = new ArrayList<>();
        List<String> fragments = new ArrayList<>();
        for (String piece : pieces) {
            String unstopped = piece.replaceAll("[.;\\s]+$", "");
            if (unstopped.isEmpty()) {
                continue;
            }
            if (PRONOUN_OPENING.matcher(unstopped).lookingAt()) {
                out.add(PRONOUN_OPENING.matcher(unstopped).replaceFirst(Matcher.quoteReplacement(thing + " ")) + ".");
            } else if (FRAGMENT.matcher(unstopped).lookingAt() || !PageLayout.LOWERCASE_WORD.matcher(unstopped).find()) {
                fragments.add(unstopped);
            } else {
                out.add(piece);
            }
        }
        if (!fragments.isEmpty() && !thing.isEmpty()) {
            out.add(0, thing + ": " + String.join("; ", fragments) + ".");
        }
        return out;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
