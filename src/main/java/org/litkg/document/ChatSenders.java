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
 * naming opens it. A chat channel's export heads each message with its sender's handle and time instead ("kofi.m
 * 10:17"), and the lines under such a head, up to a blank line, are what was said.
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

    /** A channel export's message head: a handle and a time of day, "kofi.m  10:17", "Ana P  9:05 AM". */
    private static final Pattern MESSAGE_HEAD = Pattern.compile(
            "^\\s*\\p{L}[\\p{L}\\d._ -]{1,30}?\\s+" + PageLayout.CLOCK_TIME + "(\\s*[AP]M)?\\s*$");
    /** How many message heads make a channel's export. */
    private static final int MIN_HEADS = 2;

    private final Set<String> senders;
    /** The lines under a channel export's message heads. */
    private final Set<Integer> headed;

    private ChatSenders(Set<String> senders, Set<Integer> headed) {
        this.senders = senders;
        this.headed = headed;
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
        return new ChatSenders(thread ? Set.copyOf(counts.keySet()) : Set.of(), headed(lines));
    }

    /** The lines with words under each message head, up to a blank line, if the text has enough heads. */
    private static Set<Integer> headed(List<String> lines) {
        Set<Integer> headed = new java.util.HashSet<>();
        int heads = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!MESSAGE_HEAD.matcher(lines.get(i)).matches()) {
                continue;
            }
            heads++;
            for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank()
                    && !MESSAGE_HEAD.matcher(lines.get(j)).matches(); j++) {
                if (lines.get(j).codePoints().anyMatch(Character::isLetter)) { // not a reaction count, "👍 4"
                    headed.add(j);
                }
            }
        }
        return heads >= MIN_HEADS ? headed : Set.of();
    }

    /** Whether line i is a message of the thread, long enough to say something. */
    boolean isMessage(int i, String line) {
        Matcher m = SENDER.matcher(line);
        return (m.find() && senders.contains(m.group(1)) || headed.contains(i))
                && line.strip().split("\\s+").length > MIN_MESSAGE_WORDS;
    }
}
