package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mailbox archive ({@code .mbox}), as mailing lists and mail programs keep them: messages one after another, each
 * opened by its envelope line ("From sender@example.org  Mon Oct 12 09:14:02 2026"). Each message is read as an e-mail
 * is ({@link MailMessage#read}), under its subject; the archive is one document, as a thread is.
 */
final class MailArchive {

    /**
     * An envelope line, at the start or after a blank line: "From ", an address, then the date with its time of day, so
     * that a body's unescaped "From what we saw, ..." after a blank line opens no message.
     */
    private static final Pattern ENVELOPE = Pattern.compile(
            "(?m)(?:\\A|(?<=\\n\\n))From \\S+ [^\\n]*\\b\\d{1,2}:\\d{2}(:\\d{2})?\\b[^\\n]*\\n");
    /** mboxrd's escape of a body line that began "From ": "&gt;From", "&gt;&gt;From". */
    private static final Pattern ESCAPED_FROM = Pattern.compile("(?m)^>(>*From )");

    private MailArchive() {
    }

    /** Whether the text opens as a mailbox does, with an envelope line. */
    static boolean isArchive(String source) {
        return ENVELOPE.matcher(source).lookingAt();
    }

    /** The archive's first subject and its messages' texts, each under its subject. */
    static SourceFormat.Reduced reduce(String source) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = ENVELOPE.matcher(source);
        while (m.find()) {
            starts.add(m.end());
        }
        String title = null;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? source.lastIndexOf("From ", starts.get(i + 1) - 1) : source.length();
            String raw = ESCAPED_FROM.matcher(source.substring(starts.get(i), end)).replaceAll("$1");
            SourceFormat.Reduced message;
            try {
                message = MailMessage.read(raw);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("message " + (i + 1) + " of the mailbox: " + e.getMessage(), e);
            }
            title = title == null ? message.title() : title;
            if (message.title() != null) {
                text.append(message.title()).append("\n\n");
            }
            text.append(message.text()).append("\n\n");
        }
        return new SourceFormat.Reduced(title, text.toString());
    }
}
