package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drugs listed under a heading that names their class, as a pocket card, a formulary's section or a slide sets them:
 * "POCKET CARD - CXCR4 antagonists" over "Plerixafor (Mozobil): subcutaneous; with G-CSF" and "Mavorixafor
 * (Xolremdi): oral; WHIM syndrome". The heading says what each item is, so each line is spelt out with it ("Plerixafor
 * (Mozobil): a CXCR4 antagonist; subcutaneous; with G-CSF."), and closed with a full stop, so that the terse lines
 * are read one by one rather than run together.
 */
final class ClassHeadedItems {

    /** A heading ending in a target's symbol and a blocking class: "CXCR4 antagonists", "Drugs: PD-1 inhibitors". */
    private static final Pattern HEADING = Pattern.compile(
            "^[^.!?]{0,60}?\\b(\\p{Lu}[\\p{Lu}\\d-]{1,9}) (" + ReagentTables.BLOCKING_CLASSES + ")s\\s*$");
    /** An item: a capitalised name, perhaps its brand in brackets, a colon and what the card says of it. */
    private static final Pattern ITEM = Pattern.compile(
            "^(\\p{Lu}[\\p{L}\\d-]+(?: \\([^)]{1,40}\\))?):\\s+(\\S.*?)\\s*$");
    /** Items enough to be a list under the heading, not a note below a title. */
    private static final int MIN_ITEMS = 2;

    private ClassHeadedItems() {
    }

    static String spellOut(String text) {
        if (!ReagentTables.namesBlockingClass(text)) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher heading = HEADING.matcher(lines[i]);
            if (!heading.find()) {
                continue;
            }
            int first = i + 1;
            while (first < lines.length && lines[first].isBlank()) {
                first++;
            }
            List<Integer> items = new ArrayList<>();
            for (int k = first; k < lines.length && ITEM.matcher(lines[k].strip()).matches(); k++) {
                items.add(k);
            }
            if (items.size() < MIN_ITEMS) {
                continue;
            }
            String kind = "a " + heading.group(1) + " " + heading.group(2) + "; ";
            for (int k : items) {
                Matcher item = ITEM.matcher(lines[k].strip());
                item.matches();
                lines[k] = item.group(1) + ": " + kind + FullStops.close(item.group(2));
            }
            i = items.get(items.size() - 1);
        }
        return String.join("\n", lines);
    }
}
