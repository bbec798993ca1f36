package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the quotation marks off the earlier messages a reply quotes ("> " and "> > " or ">> " before each line), so
 * that what they say is read as the sentences it is; a blank line is left where one message's quote gives way to
 * another's, as each is a message of its own. Each quoted message's wrapped lines are joined on their own
 * ({@link WrappedLines}): a reply written a paragraph a line may quote a message wrapped at 72 columns. A live
 * captioner's ">>" before each speaker's turn marks no quotation, and comes off alone.
 */
final class QuotedReplies {

    private static final Pattern QUOTED = Pattern.compile("^[ \\t]{0,3}((?:>[ \\t]?)+)(.*)$");
    /** Fewer quoted lines than this are no quoted message: a "> 65 years" in a table, a lone arrow. */
    private static final int MIN_QUOTED_LINES = 3;

    private QuotedReplies() {
    }

    static String unquote(String text) {
        String[] lines = text.split("\n", -1);
        int quoted = 0;
        for (String line : lines) {
            quoted += QUOTED.matcher(line).matches() ? 1 : 0;
        }
        if (quoted < MIN_QUOTED_LINES) {
            return text;
        }
        if (isCaptionTranscript(lines)) {
            return SPEAKER_MARK.matcher(text).replaceAll(""); // one text, its speakers' turns marked
        }
        List<String> out = new ArrayList<>(lines.length + 8);
        List<String> message = new ArrayList<>();
        int depth = 0;
        for (String line : lines) {
            Matcher m = QUOTED.matcher(line);
            int lineDepth = m.matches() ? (int) m.group(1).chars().filter(c -> c == '>').count() : 0;
            if (lineDepth != depth) {
                end(message, depth, out); // another message begins
            }
            depth = lineDepth;
            message.add(m.matches() ? m.group(2) : line);
        }
        end(message, depth, out);
        return String.join("\n", out);
    }

    /**
     * A live captioner's mark of a new speaker's turn, ">>" before the speaker's name in capitals and a colon or before
     * a bracketed sound: ">> DR. KOBAYASHI-REID: Thank you.", ">> [APPLAUSE]". A turn's wrapped lines go unmarked.
     */
    private static final Pattern SPEAKER_MARK = Pattern.compile("(?m)^>>[ \\t]+(?=\\p{Lu}[\\p{Lu}.' -]{1,40}:|\\[)");

    /** Whether every quoted line is a captioned speaker's turn, so that the text is a transcript, no reply. */
    private static boolean isCaptionTranscript(String[] lines) {
        for (String line : lines) {
            if (QUOTED.matcher(line).matches() && !SPEAKER_MARK.matcher(line).lookingAt()) {
                return false;
            }
        }
        return true;
    }

    /** Adds a message's lines, a quoted one's wrapped lines joined, set off by a blank line from what came before. */
    private static void end(List<String> message, int depth, List<String> out) {
        if (message.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
            out.add("");
        }
        out.add(depth == 0 ? String.join("\n", message) : WrappedLines.unwrapPart(String.join("\n", message)));
        message.clear();
    }
}
