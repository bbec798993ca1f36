package org.litkg.document;

import java.util.List;

/**
 * The blocks a light markup's reader ({@link OrgText}, {@link RestructuredText}, {@link AsciiDocText}) gathers a
 * page's prose into: lines joined into a block until a blank line, a heading or a list item ends it.
 */
final class ProseBlocks {

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
