package org.litkg.document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An e-mail message saved as a file ({@code .eml}, RFC 5322 and MIME): a newsletter, a press office's mailing, a
 * colleague's forward. Its subject is the title; its text is the plain-text part, or the HTML part reduced as a page
 * is where there is no plain text; transport headers, encodings (quoted-printable, base64, encoded subjects) and
 * attachments go.
 */
final class MailMessage {

    private static final Pattern HEADER = Pattern.compile("^([A-Za-z][A-Za-z0-9-]*):[ \\t]*(.*)$");
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([QqBb])\\?([^?]*)\\?=");
    private static final Pattern BETWEEN_ENCODED_WORDS = Pattern.compile("(\\?=)\\s+(=\\?)");
    private static final Pattern PARAMETER = Pattern.compile(";\\s*([A-Za-z-]+)\\s*=\\s*(\"[^\"]*\"|[^;\\s]+)");
    private static final int MAX_DEPTH = 8;

    private MailMessage() {
    }

    /** A message or MIME part: its headers by lower-case name and its body, still in its transfer encoding. */
    private record Part(Map<String, String> headers, String body) {

        String type() {
            return headers.getOrDefault("content-type", "text/plain").split(";")[0].strip().toLowerCase(Locale.ROOT);
        }

        Optional<String> parameter(String name) {
            Matcher m = PARAMETER.matcher(headers.getOrDefault("content-type", ""));
            while (m.find()) {
                if (m.group(1).equalsIgnoreCase(name)) {
                    return Optional.of(m.group(2).replace("\"", ""));
                }
            }
            return Optional.empty();
        }
    }

    /** The message's subject and text. Throws IllegalArgumentException, saying what is missing, for other text. */
    static SourceFormat.Reduced reduce(String message) {
        Part part = part(message);
        if (!part.headers().containsKey("from") && !part.headers().containsKey("subject")) {
            throw new IllegalArgumentException("not an e-mail message: no 'From:' or 'Subject:' header before the "
                    + "first blank line");
        }
        String subject = part.headers().get("subject");
        String text = text(part, 0).orElseThrow(() -> new IllegalArgumentException(
                "the e-mail message has no text/plain or text/html part to read"));
        return new SourceFormat.Reduced(subject == null ? null : decodeWords(subject).strip(), text);
    }

    /**
     * The message's subject and text, the earlier messages a reply quotes unquoted and their wrapped lines joined
     * ({@link QuotedReplies}), as litkg reads a message.
     */
    static SourceFormat.Reduced read(String message) {
        SourceFormat.Reduced reduced = reduce(message);
        return new SourceFormat.Reduced(reduced.title(), WrappedLines.unwrap(QuotedReplies.unquote(reduced.text())));
    }

    private static Part part(String raw) {
        String[] split = raw.split("\\n\\s*\\n", 2);
        Map<String, String> headers = new LinkedHashMap<>();
        String name = null;
        for (String line : split[0].split("\\n")) {
            Matcher m = HEADER.matcher(line);
            if ((line.startsWith(" ") || line.startsWith("\t")) && name != null) {
                headers.merge(name, " " + line.strip(), String::concat); // a folded header goes on
            } else if (m.matches()) {
                name = m.group(1).toLowerCase(Locale.ROOT);
                headers.putIfAbsent(name, m.group(2).strip());
            }
        }
        return new Part(headers, split.length > 1 ? split[1] : "");
    }

    /** The readable text of a part: a text part decoded, the best alternative of a multipart one. */
    private static Optional<String> text(Part part, int depth) {
        String type = part.type();
        if (type.startsWith("multipart/") && depth < MAX_DEPTH) {
            Optional<String> boundary = part.parameter("boundary");
            if (boundary.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> html = Optional.empty();
            for (String raw : part.body().split("(?m)^--" + Pattern.quote(boundary.get()) + "(--)?[ \\t]*$")) {
                Part child = part(raw.replaceFirst("^\\n", ""));
                if (child.headers().getOrDefault("content-disposition", "").toLowerCase(Locale.ROOT).startsWith("attach")) {
                    continue;
                }
                if (child.type().equals("text/plain") || child.type().startsWith("multipart/")) {
                    Optional<String> text = text(child, depth + 1);
                    if (text.isPresent() && !text.get().isBlank()) {
                        return text;
                    }
                } else if (child.type().equals("text/html") && html.isEmpty()) {
                    html = text(child, depth + 1);
                }
            }
            return html;
        }
        if (type.equals("text/html")) {
            return Optional.of(HtmlText.article(decoded(part)).text());
        }
        return type.equals("text/plain") ? Optional.of(decoded(part)) : Optional.empty();
    }

    private static String decoded(Part part) {
        String encoding = part.headers().getOrDefault("content-transfer-encoding", "7bit").strip().toLowerCase(Locale.ROOT);
        Charset charset = charset(part.parameter("charset").orElse("utf-8"));
        return switch (encoding) {
            case "quoted-printable" -> new String(quotedPrintable(part.body(), false), charset);
            case "base64" -> {
                try {
                    yield new String(Base64.getMimeDecoder().decode(part.body().strip()), charset);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("a base64 part of the e-mail message is not base64: " + e.getMessage(), e);
                }
            }
            default -> part.body();
        };
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8; // an unknown or misspelled charset: UTF-8 is the likeliest
        }
    }

    /** Quoted-printable bytes: "=C3=A9" a byte each, "=" at a line's end joins it to the next; in a header "_" is a space. */
    private static byte[] quotedPrintable(String text, boolean header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            } else if (c == '=' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (header && c == '_') {
                out.write(' ');
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** A header with RFC 2047 encoded words ("=?UTF-8?Q?caf=C3=A9?=") decoded; white space between two goes. */
    private static String decodeWords(String header) {
        Matcher m = ENCODED_WORD.matcher(BETWEEN_ENCODED_WORDS.matcher(header).replaceAll("$1$2"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Charset charset = charset(m.group(1));
            byte[] bytes;
            try {
                bytes = m.group(2).equalsIgnoreCase("B") ? Base64.getDecoder().decode(m.group(3))
                        : quotedPrintable(m.group(3), true);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the e-mail's subject has an encoded word that is not base64: "
                        + m.group(), e);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(new String(bytes, charset)));
        }
        return m.appendTail(out).toString();
    }
}
