package org.litkg.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The lines of a PDF page built from the pieces of text it draws, and the page's text built from its lines. A piece
 * joins the line before it where it starts at or after the line's end and its baseline lies within the line's type;
 * a smaller piece set above the line's baseline is a superscript mark. Lines of one paragraph follow each other at
 * the paragraph's usual spacing in one type size, so a wider gap or another size starts a new paragraph. Within one,
 * a line was wrapped where the next line's first word would not have fitted at its end, the test a typesetter
 * applies; so a short line ("³Sidney Kimmel Cancer Center, USA") stays a line of its own, and a wrapped one joins.
 */
final class PdfLines {

    /** A piece drawn smaller than this share of its line's type is a mark, if it is also raised. */
    private static final double MARK_SIZE = 0.85;
    /** A mark's baseline stands at least this share of the line's type size above the line's. */
    private static final double MARK_RISE = 0.15;
    /** A piece whose baseline lies within this share of the type size of the line's joins it. */
    private static final double SAME_LINE = 0.6;
    /** A space this wide, in shares of the type size, between pieces is a word space; wider, a column gap. */
    private static final double WORD_GAP = 0.15;
    private static final double COLUMN_GAP = 1.5;
    /** A gap between lines this much wider than the usual one for their type size ends a paragraph. */
    private static final double PARAGRAPH_GAP = 1.3;

    /** One piece of text a page draws: where it starts and ends, its baseline (from the top), its type size. */
    record Piece(String text, float start, float end, float baseline, float size, boolean spaceBefore) {
    }

    /**
     * One line: its text, marks written as superscripts; where it starts and ends; the baseline and size of its main
     * type; and the width its first word takes.
     */
    record Line(String text, float start, float end, float baseline, float size, float firstWord) {
    }

    private PdfLines() {
    }

    /** The page's lines, in the order its pieces are drawn. */
    static List<Line> lines(List<Piece> pieces) {
        List<Line> lines = new ArrayList<>();
        List<Piece> line = new ArrayList<>();
        for (Piece p : pieces) {
            if (!line.isEmpty() && !continues(line, p)) {
                lines.add(line(line));
                line.clear();
            }
            line.add(p);
        }
        if (!line.isEmpty()) {
            lines.add(line(line));
        }
        return lines;
    }

    private static boolean continues(List<Piece> line, Piece p) {
        Piece last = line.get(line.size() - 1);
        Piece main = main(line);
        float size = Math.max(main.size(), p.size());
        return p.start() >= last.end() - WORD_GAP * size && Math.abs(p.baseline() - main.baseline()) <= SAME_LINE * size;
    }

    /** The piece in the line's largest type: its baseline is the line's. */
    private static Piece main(List<Piece> line) {
        Piece main = line.get(0);
        for (Piece p : line) {
            if (p.size() > main.size()) {
                main = p;
            }
        }
        return main;
    }

    private static Line line(List<Piece> pieces) {
        Piece main = main(pieces);
        StringBuilder text = new StringBuilder();
        Piece before = null;
        for (Piece p : pieces) {
            boolean mark = p.size() < MARK_SIZE * main.size() && p.baseline() < main.baseline() - MARK_RISE * main.size();
            if (before != null && !mark) {
                float gap = p.start() - before.end();
                if (gap > COLUMN_GAP * main.size()) {
                    text.append("    ");
                } else if ((p.spaceBefore() || gap > WORD_GAP * main.size()) && !text.toString().endsWith(" ")) {
                    text.append(' ');
                }
            }
            text.append(mark ? AuthorLines.superscripted(p.text().strip()) : p.text());
            before = p;
        }
        Piece first = pieces.get(0);
        String firstText = first.text().strip();
        int wordLength = firstText.split("\\s", 2)[0].length();
        float firstWord = (first.end() - first.start()) * wordLength / Math.max(1, firstText.length());
        return new Line(text.toString().strip(), first.start(), pieces.get(pieces.size() - 1).end(), main.baseline(),
                main.size(), firstWord);
    }

    /** The pages' text: a line a line, a blank line between paragraphs and between pages. */
    static String text(List<List<Line>> pages) {
        Map<Long, List<Float>> gapsBySize = new HashMap<>();
        for (List<Line> page : pages) {
            for (int i = 1; i < page.size(); i++) {
                if (sameType(page.get(i - 1), page.get(i))) {
                    gapsBySize.computeIfAbsent(key(page.get(i)), k -> new ArrayList<>())
                            .add(page.get(i).baseline() - page.get(i - 1).baseline());
                }
            }
        }
        String all = pages.stream().flatMap(List::stream).map(Line::text).collect(Collectors.joining("\n"));
        StringBuilder text = new StringBuilder();
        for (List<Line> page : pages) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < page.size(); i++) {
                Line line = page.get(i);
                if (i == 0) {
                    out.append(line.text());
                } else if (newParagraph(page.get(i - 1), line, gapsBySize)) {
                    out.append("\n\n").append(line.text());
                } else if (wrapped(page.get(i - 1), line, page)) {
                    String joined = WrappedLines.join(lastLine(out), line.text(), all);
                    out.setLength(out.length() - lastLine(out).length());
                    out.append(joined);
                } else {
                    out.append('\n').append(line.text());
                }
            }
            text.append(out).append("\n\n");
        }
        return text.toString();
    }

    private static String lastLine(StringBuilder out) {
        return out.substring(out.lastIndexOf("\n") + 1);
    }

    /**
     * Whether the line before was wrapped: the line's first word would not have fitted after it, within the right
     * edge of the lines of its column (those that start near where it starts). A line opening with a mark ("¹Department
     * of ...") is an item of a list of affiliations or notes, never a wrapped line's rest.
     */
    private static boolean wrapped(Line before, Line line, List<Line> page) {
        if (AuthorLines.opensWithMark(line.text())) {
            return false;
        }
        if (WrappedLines.endsInBrokenWord(before.text(), line.text())) {
            return true; // "well toler-" then "ated": a word broken across the lines, whatever room was left
        }
        float edge = before.end();
        for (Line other : page) {
            if (Math.abs(other.start() - before.start()) <= 3 * before.size()) {
                edge = Math.max(edge, other.end());
            }
        }
        float space = 0.25f * before.size();
        return before.end() + space + line.firstWord() > edge;
    }

    private static boolean newParagraph(Line before, Line line, Map<Long, List<Float>> gapsBySize) {
        if (!sameType(before, line)) {
            return true;
        }
        float gap = line.baseline() - before.baseline();
        return gap < 0 || gap > PARAGRAPH_GAP * usualGap(gapsBySize.get(key(line)));
    }

    /** The usual gap between lines of one size: the lower quartile, so paragraph gaps among them do not raise it. */
    private static float usualGap(List<Float> gaps) {
        List<Float> positive = gaps.stream().filter(g -> g > 0).sorted().toList();
        return positive.isEmpty() ? Float.MAX_VALUE : positive.get(positive.size() / 4);
    }

    private static boolean sameType(Line a, Line b) {
        return Math.abs(a.size() - b.size()) < 0.5f;
    }

    /** The type size to a tenth of a point, the key its lines' gaps are kept under. */
    private static long key(Line line) {
        return Math.round(line.size() * 10);
    }
}
