package org.litkg.document;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The blocks a light markup's reader ({@link OrgText}, {@link RestructuredText}, {@link AsciiDocText}) gathers a
 * page's prose into (lines joined into a block until a blank line, a heading or a list item ends it), and the headings
 * whose sections they leave out.
 */
final class ProseBlocks {

    /**
     * A heading over a reference list, which states nothing of its own: its section is left out of a page's prose
     * ({@link MarkdownText}, {@link RestructuredText}, {@link AsciiDocText}).
     */
    static final Pattern REFERENCE_HEADING = Pattern.compile("(?i)(references|bibliography|citations|footnotes|notes"
            + "|sources|works cited)");

    private ProseBlocks() {
    }

    /** Ends the block being gathered: its text, if any, is added to the blocks and it starts again empty. */
    static void flush(StringBuilder block, List<String> blocks) {
        if (!block.toString().isBlank()) {
            blocks.add(block.toString().strip());
        }
        block.setLength(0);
    }
}
