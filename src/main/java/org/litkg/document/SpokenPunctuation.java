package org.litkg.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dictated text as speech software wrote it, its punctuation spoken and spelt out: "Mavorixafor blocks CXCR4 comma
 * so her neutrophils can leave the bone marrow full stop new paragraph Next visit ...". Put back as marks, so that
 * its sentences are read as sentences. Only a text that says "full stop" at least twice is taken for one: a sentence
 * that mentions a comma is left alone.
 */
final class SpokenPunctuation {

    /**
     * A spoken mark between words: " comma ", " full stop", " new paragraph", " question mark"; not "colon" nor
     * "period", which a clinic's dictation says as words ("cancer of the colon", "a period of weeks").
     */
    private static final Pattern SPOKEN = Pattern.compile("(?i)\\s+(comma|full\\s+stop|question\\s+mark|semicolon"
            + "|new\\s+paragraph|new\\s+line)(?=\\s|$)");
    private static final Pattern FULL_STOP = Pattern.compile("(?i)\\sfull\\s+stop(?=\\s|$)");
    /** Where a restored stop ends a sentence, so that the word after it opens the next one. */
    private static final String ENDED = "\u0001";
    private static final Pattern ENDED_THEN_WORD = Pattern.compile(ENDED + "(\\s*)(\\p{Ll})");
    /** How many spoken full stops make a text dictated. */
    private static final int MIN_FULL_STOPS = 2;

    private SpokenPunctuation() {
    }

    static String restore(String text) {
        if (FULL_STOP.matcher(text).results().count() < MIN_FULL_STOPS) {
            return text;
        }
        Matcher m = SPOKEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String spoken = m.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
            m.appendReplacement(out, Matcher.quoteReplacement(mark(spoken)));
        }
        m.appendTail(out);
        return capitaliseAfterStops(out.toString().replaceAll("\n" + ENDED + "[ \t]+", "\n" + ENDED));
    }

    private static String mark(String spoken) {
        return switch (spoken) {
            case "comma" -> ",";
            case "full stop" -> "." + ENDED;
            case "question mark" -> "?" + ENDED;
            case "semicolon" -> ";";
            case "new paragraph" -> "\n\n" + ENDED;
            default -> "\n" + ENDED; // "new line"
        };
    }

    /** "... marrow. next visit": the software writes the word after a spoken stop as it was said, in lower case. */
    private static String capitaliseAfterStops(String text) {
        Matcher m = ENDED_THEN_WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String opening = m.group(2).toUpperCase(java.util.Locale.ROOT);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + opening));
        }
        m.appendTail(out);
        return out.toString().replace(ENDED, "");
    }
}
