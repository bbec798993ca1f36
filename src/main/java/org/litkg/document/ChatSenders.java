package org.litkg.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The senders of a message thread copied without time stamps ("Josie: The FDA approved it in 2022 apparently", "Me:
 * Where does he get it?"): texts rarely end with a full stop, so a line is read as said when a sender the thread keeps
 * naming opens it.
 */
final class ChatSenders {

    /** A sender's label opening a line: a given name or "Me". */
    private static final Pattern SENDER = Pattern.compile("^\\s*(Me|\\p{Lu}\\p{Ll}+):\\s+\\S");
    /** How many lines each sender must open, and how many such lines the thread must have. */
    private static final int MIN_LINES_EACH = 2;
    private static final int MIN_THREAD_LINES = 5;
    /** A conversation has few people in it; a record list cycles through more field labels ("Title:", "Journal:"). */
    private static final int MAX_SENDERS = 3;
    /** A message shorter than this is a reply such as "OK." and reads as nothing anyway. */
    private static final int MIN_MESSAGE_WORDS = 3;

    private final Set<String> senders;

    private ChatSenders(Set<String> senders) {
        this.senders = senders;
    }

    /** The senders of the lines, if they make a thread of two or three people; else none. */
    static ChatSenders of(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            Matcher m = SENDER.matcher(line);
            if (m.find()) {
                counts.merge(m.group(1), 1, Integer::sum);
            }
        }
        counts.values().removeIf(n -> n < MIN_LINES_EACH);
        int messages = counts.values().stream().mapToInt(Integer::intValue).sum();
        boolean thread = counts.size() >= 2 && counts.size() <= MAX_SENDERS && messages >= MIN_THREAD_LINES;
        return new ChatSenders(thread ? Set.copyOf(counts.keySet()) : Set.of());
    }

    /** Whether the line is a message of the thread, long enough to say something. */
    boolean isMessage(String line) {
        Matcher m = SENDER.matcher(line);
        return m.find() && senders.contains(m.group(1)) && line.strip().split("\\s+").length > MIN_MESSAGE_WORDS;
    }
}
