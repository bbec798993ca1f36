package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces a subtitle file (SubRip {@code .srt}, WebVTT {@code .vtt}) to what is said: cue numbers and
 * identifiers, timings, the WebVTT header and notes, markup ({@code <i>}, {@code <v Speaker>}) and sound
 * cues ({@code [MUSIC]}, {@code ♪}) go. Captions break sentences across lines and cues, so the cues between
 * two sound cues join into one paragraph for the sentence model to split; where voice tags name the speakers, each
 * speaker's turn is a paragraph of its own.
 */
public final class SubtitleText {

    private static final Pattern TIMING = Pattern.compile(
            "^\\s*(\\d{1,2}:)?\\d{1,2}:\\d{2}[.,]\\d{1,3}\\s*-->\\s*(\\d{1,2}:)?\\d{1,2}:\\d{2}[.,]\\d{1,3}.*$");
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>|\\{\\\\[^}]*}");
    /** A WebVTT voice tag, naming who speaks: {@code <v Dr. Okafor>} or {@code <v.loud Moderator>}. */
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[\\w.]+)?\\s+([^>]+)>");
    private static final Pattern SOUND = Pattern.compile("\\[[^\\]]*]|♪+");

    /** How far into a SubRip file the first timing must come. */
    private static final int FIRST_LINES = 12;

    private SubtitleText() {
    }

    /**
     * Whether the text is a subtitle file: a WebVTT file says so on its first line (its header, notes and style blocks
     * may run long before the first cue); a SubRip file's first timing comes within its first few lines.
     */
    private static boolean looksLikeSubtitles(String text) {
        String s = text.strip();
        return s.lines().limit(s.startsWith("WEBVTT") ? Long.MAX_VALUE : FIRST_LINES)
                .anyMatch(line -> TIMING.matcher(line).matches());
    }

    /**
     * The spoken text, one paragraph a stretch of speech between sound cues. Throws IllegalArgumentException, saying
     * what is missing, where the text is no subtitle file.
     */
    public static String text(String subtitles) {
        if (!looksLikeSubtitles(subtitles)) {
            throw new IllegalArgumentException("not a subtitle file: no cue timing such as '00:00:01,000 --> "
                    + "00:00:04,000' in its first lines");
        }
        List<Cue> cues = new ArrayList<>();
        for (List<String> lines : cues(subtitles)) {
            String cue = String.join(" ", lines);
            Matcher speaker = VOICE.matcher(cue);
            cues.add(new Cue(speaker.find() ? speaker.group(1).strip() : null, MARKUP.matcher(cue).replaceAll("")));
        }
        return speech(cues);
    }

    /** One caption: who speaks, if the file says (null if not), and the words shown, markup gone. */
    record Cue(String voice, String text) {
    }

    /**
     * What the captions say, one paragraph a stretch of speech between sound cues and a paragraph for each speaker's
     * turn: TTML's captions ({@link TimedText}) join as SubRip's and WebVTT's do.
     */
    static String speech(List<Cue> cues) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        String voice = null;
        for (Cue cue : cues) {
            if (cue.voice() != null) {
                if (voice != null && !voice.equals(cue.voice())) {
                    flush(paragraph, paragraphs); // another speaker: their words are not the last speaker's sentence
                }
                voice = cue.voice();
            }
            String said = SOUND.matcher(cue.text()).replaceAll(" ").replaceAll("\\s+", " ").strip();
            boolean soundOnly = said.isEmpty() || said.chars().noneMatch(Character::isLetterOrDigit);
            if (soundOnly) {
                flush(paragraph, paragraphs);
                continue;
            }
            if (!paragraph.isEmpty()) {
                paragraph.append(' ');
            }
            paragraph.append(said.startsWith("- ") ? said.substring(2) : said);
        }
        flush(paragraph, paragraphs);
        return String.join("\n\n", paragraphs) + "\n";
    }

    /** Each cue's text lines, in order: the lines after a timing line, up to a blank line. */
    private static List<List<String>> cues(String subtitles) {
        List<List<String>> cues = new ArrayList<>();
        List<String> current = null;
        for (String line : subtitles.split("\\R")) {
            if (TIMING.matcher(line).matches()) {
                current = new ArrayList<>();
                cues.add(current);
            } else if (line.isBlank()) {
                current = null; // the next lines are a cue number, a NOTE or a STYLE block until the next timing
            } else if (current != null) {
                current.add(line.strip());
            }
        }
        return cues;
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }
}
