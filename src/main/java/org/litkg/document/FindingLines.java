package org.litkg.document;

import java.util.regex.Pattern;

/**
 * Lines too short or too bare to be sentences that say a finding all the same, which layout reads: a fortune cookie's
 * "Plerixafor blocks CXCR4.", a character sheet's "Special ability: blocks CCR5", a legend's "CXCR4 (on stem cells)",
 * an infographic's "Child: mavorixafor, a pill; blocks CXCR4", a newsletter's "2 - receptors blocked by X (A and B)",
 * a diagram's "dendritic cells → CXCL13 → CXCR5".
 */
final class FindingLines {

    private FindingLines() {
    }

    /** Whether the line's body, of {@code words} words, says a finding in one of these ways. */
    static boolean isRead(String body, int words) {
        return words >= MIN_CLIPPED_ITEM_WORDS && CLIPPED_ITEM.matcher(body).matches()
                || ReadHeadings.BECAUSE_ANSWER.matcher(body).matches() // a joke's "Because it binds their CXCR2!"
                || SHORT_FINDING.matcher(body).matches() && GENE_CODE.matcher(body).find()
                || words >= MIN_CLAUSE_LINE_WORDS && RELATIVE_CLAUSE.matcher(body).find()
                || words >= MIN_SHORT_CLAUSE_WORDS && SHORT_CLAUSE.matcher(body).find()
                || words >= MIN_VERB_FIELD_WORDS && VERB_FIELD.matcher(body).find()
                || words >= MIN_CODED_CLAUSE_WORDS && CODED_CLAUSE.matcher(body).find()
                || APPROVAL_FIELD.matcher(body).matches() || COUNTED_FINDING.matcher(body).matches()
                || CARD_SOURCE.matcher(body).matches()
                || ARROW_CHAIN.matcher(body).matches() && GENE_CODE.matcher(body).find()
                || AnsweredClues.answerStart(body) >= 0 // a crossword's "Drug that blocks CXCR4 (10): PLERIXAFOR"
                || QUOTED_LINE.matcher(body).matches() && GENE_CODE.matcher(body).find()
                || DOSE_LINE.matcher(body).matches(); // "Mavorixafor 400 mg once daily - for WHIM syndrome"
    }

    /**
     * A medication list's line: a drug, its dose, and what it is for after a dash, perhaps with a bracketed note:
     * "Mavorixafor 400 mg once daily - for WHIM syndrome (blocks CXCR4, the overactive receptor)".
     */
    private static final Pattern DOSE_LINE = Pattern.compile("\\p{Lu}[\\p{L}\\d-]+( \\p{L}+)? \\d+(\\.\\d+)? ?"
            + "(mg|g|micrograms?|mcg|µg|units|IU|mL|ml)(/\\S+)?\\b.{0,40} [-–—] (for|to) \\p{L}.*");

    /** A "By the numbers" line, a count and what it counts, with its agent: "2 - receptors blocked by X (A, B)". */
    private static final Pattern COUNTED_FINDING = Pattern.compile("\\d[\\d,.%]*\\s+[-–—]\\s+\\p{Ll}[\\p{L}\\d-]*"
            + "( \\p{Ll}[\\p{L}\\d-]*)? \\p{Ll}+(ed|en) (by|with|on) \\S.*");
    /** A social card's source line under its summary: "Science Immunology | Hansen lab, University of Oslo". */
    private static final Pattern CARD_SOURCE = Pattern.compile("\\p{Lu}[\\p{L} ]{2,40} \\| \\p{Lu}[\\p{L}'-]+ "
            + "(lab|group), \\p{Lu}.{3,80}");
    /** A diagram's chain of named things with arrows between: "dendritic cells → CXCL13 → CXCR5 (on B cells)". */
    private static final Pattern ARROW_CHAIN = Pattern.compile("[^→:]{2,40}( → [^→:]{2,40}){2,}");
    /**
     * A quotation alone on its line, no stop inside its marks, perhaps after a field's label: a magnet poem's
     * "maraviroc blocks CCR5 and ...", a screening message's 'Title: "X, an antibody against CCR4, clears ..."'.
     */
    private static final Pattern QUOTED_LINE = Pattern.compile("(\\p{Lu}[\\p{L} ]{1,20}: )?[\"“][^\"“”]{10,}[\"”]");

    /**
     * A relative clause set off by its comma, its verb in lower case after the pronoun: a request slip's "For: the
     * apheresis nurses, who collect the stem cells that plerixafor moves into the blood", a line too short for prose
     * and without a stop, which says what it is about all the same.
     */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(", (who|which) \\p{Ll}+ ");
    private static final int MIN_CLAUSE_LINE_WORDS = 10;
    /**
     * A bracketed clause in a short line without a stop: one that opens with its verb (an appointment card's
     * "plerixafor injection (frees your stem cells so they can be collected)"), with a pronoun for subject (a line-up's
     * "CCL19 & CCL21 (they both bind CCR7)"), a participle and its agent or partner ("The Stem Cells (freed by
     * motixafortide)", "filgrastim (given together with plerixafor to free stem cells)"), or a place on cells (a
     * legend's "CXCR4 (on stem cells)").
     */
    private static final Pattern SHORT_CLAUSE = Pattern.compile("\\((?!\\p{Ll}+ss )\\p{Ll}{3,}s "
            + "(your|the|its|their|his|her|a|an) |\\((they|it|which|who) \\p{Ll}+|\\(on \\p{Ll}+ cells\\)"
            + "|\\((\\p{Ll}{3,}ed|given|taken|made|known) (by|with|together|alongside) ");
    private static final int MIN_SHORT_CLAUSE_WORDS = 4;
    /**
     * A field whose value opens with a verb and a code, however short: a character sheet's "Special ability: blocks
     * CCR5", a shop's "Plerixafor injection: blocks CXCR4 (prescription only)".
     */
    private static final Pattern VERB_FIELD = Pattern.compile("^[^:]{2,40}: (?!\\p{Ll}+ss )\\p{Ll}{3,}s "
            + "\\p{Lu}[\\p{Lu}\\d-]*\\d");
    private static final int MIN_VERB_FIELD_WORDS = 3;
    /**
     * A clause set off by a semicolon or a relative pronoun, its verb acting on a code, in a line too short for prose:
     * an infographic's "Parent: plerixafor (AMD3100), approved by the FDA in 2008; blocks CXCR4", "Not in the family:
     * maraviroc, which blocks CCR5".
     */
    private static final Pattern CODED_CLAUSE = Pattern.compile("(; |, (which|that|who) )(?!\\p{Ll}+ss )\\p{Ll}{3,}s "
            + "\\p{Lu}[\\p{Lu}\\d-]*\\d");
    private static final int MIN_CODED_CLAUSE_WORDS = 4;
    /** A sheet's approval field, the agency its value: "Approved by: FDA", "Licensed by: the EMA, 2007". */
    private static final Pattern APPROVAL_FIELD =
            Pattern.compile("(Approved|Licensed|Authori[sz]ed) by:\\s+\\S.{0,60}");

    /**
     * A labelled item of clipped sentences, too short for prose but saying what its thing does: a pronunciation guide's
     * "maraviroc: ma-RA-vi-rok. Blocks CCR5.", a list's "X: oral. Blocks CCR5."
     */
    private static final Pattern CLIPPED_ITEM = Pattern.compile(
            "\\p{L}[\\p{L}\\d-]*:\\s+[^.]+\\.\\s+\\p{Lu}\\p{Ll}+s\\s+.+\\.");
    private static final int MIN_CLIPPED_ITEM_WORDS = 4;
    /**
     * A finding said in a few words on a line of its own, perhaps quoted: a fortune cookie's "Plerixafor blocks
     * CXCR4.", a note's "CXCL10 binds CXCR3. Fight me.", a mark scheme's point past its label, "1 mark: plerixafor
     * blocks CXCR4.": a name (a drug's in lower case), a verb in lower case, and what it acts on.
     */
    private static final Pattern SHORT_FINDING = Pattern.compile(
            "([\\p{L}\\d]+( [\\p{L}\\d]+)?: )?" // a point's label: "1 mark: "
            + "((Right|Yes|Yeah|Exactly|Correct|No), )?" // an answer's "Right, it blocks CXCR4."
            + "[\"“]?[\\p{L}\\d][\\p{L}\\d-]*( \\p{Ll}+)? \\p{Ll}+ \\S+( \\S+){0,3}[.!][\"”]?( .{1,20}[.!])?");
    /** A gene's or a protein's code, capitals then digits: "CXCR4", "CCL2", "IL-6". */
    private static final Pattern GENE_CODE = Pattern.compile("\\b\\p{Lu}{2,}[\\p{Lu}-]*\\d");
}
