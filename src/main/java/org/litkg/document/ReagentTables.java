package org.litkg.document;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table of the compounds a study used, with a target column: "Supplementary Table 2. Inhibitors used in this
 * study." over "Compound | Target | Supplier", or a first heading that names the class itself ("Antagonist | Target |
 * IC50"). Its caption or heading says what each compound does to its target, so a row's target cell reads "an
 * inhibitor of CXCR4". A table of targets whose caption names no such class ("Compounds tested") says nothing of what
 * a compound does, and its target stays a bare label.
 */
final class ReagentTables {

    /** Compounds that block what they act on, as a caption, a heading or a list's title names them. */
    static final String BLOCKING_CLASSES = "inhibitor|antagonist|blocker";
    /** A blocking class in a caption or a heading: "Inhibitors", "CCR5 antagonists". */
    private static final Pattern BLOCKING_CLASS = Pattern.compile("(?i)\\b(" + BLOCKING_CLASSES + ")s?\\b");
    private static final Pattern TARGET_HEADING = Pattern.compile("(?i)(molecular )?targets?( receptor)?");

    private ReagentTables() {
    }

    /** The blocking class a caption (the line before the table) or the table's first heading names, if any. */
    static Optional<String> blockingClass(String caption, List<String> heading) {
        Matcher named = BLOCKING_CLASS.matcher(heading.get(0));
        if (!named.find()) {
            named = BLOCKING_CLASS.matcher(caption);
            if (!named.find()) {
                return Optional.empty();
            }
        }
        return Optional.of(named.group(1).toLowerCase(Locale.ROOT));
    }

    /** Whether the text names a blocking class anywhere: a quick test before a layout looks for its heading. */
    static boolean namesBlockingClass(String text) {
        return BLOCKING_CLASS.matcher(text).find();
    }

    /** Whether the headings have a target column for a blocking class to act on. */
    static boolean hasTarget(List<String> heading) {
        return heading.stream().skip(1).anyMatch(h -> TARGET_HEADING.matcher(h).matches());
    }

    /** A row's target cell as what its compound is to it: "an inhibitor of CXCR4", "a blocker of CCR4". */
    static Optional<String> targetPiece(Optional<String> blockingClass, String label, String cell) {
        if (blockingClass.isEmpty() || !TARGET_HEADING.matcher(label).matches() || cell.isBlank()) {
            return Optional.empty();
        }
        String name = blockingClass.get();
        return Optional.of((name.startsWith("a") || name.startsWith("i") ? "an " : "a ") + name + " of " + cell);
    }
}
