package org.litkg.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict decoding that says where and why bytes are not text. Files are UTF-8, or, where they are not, Windows-1252, the
 * encoding a word processor on Windows saves a press release in: its curly quotes and dashes are single bytes that are
 * never valid UTF-8, and its text is mostly ASCII, which sets it apart from a file in an encoding of another script.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    /** Thrown with a message fit for the user: what is wrong and at which byte. */
    public static final class NotTextException extends Exception {
        private final boolean malformed;

        public NotTextException(String message) {
            this(message, false);
        }

        private NotTextException(String message, boolean malformed) {
            super(message);
            this.malformed = malformed;
        }

        /** Whether the bytes were text but not in the encoding tried, rather than empty or binary. */
        boolean malformed() {
            return malformed;
        }
    }

    /**
     * Western text saved in Windows-1252 has a byte outside ASCII here and there ("Müller", "ação", "™"); text in a
     * multi-byte encoding of another script (Shift-JIS, GBK) has them in long runs, and mostly.
     */
    private static final int MAX_HIGH_RUN = 3;
    private static final int MIN_ASCII_SHARE = 3;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Text in UTF-8 or, failing that, in Windows-1252; in UTF-16 where a byte order mark says so. */
    public static String decode(byte[] bytes) throws NotTextException {
        Charset marked = utf16ByOrderMark(bytes);
        if (marked != null) {
            return decode(bytes, marked);
        }
        try {
            return decode(bytes, StandardCharsets.UTF_8);
        } catch (NotTextException notUtf8) {
            if (notUtf8.malformed() && mostlyAscii(bytes)) {
                try {
                    return decode(bytes, WINDOWS_1252);
                } catch (NotTextException notWindows1252) {
                    throw notUtf8;
                }
            }
            throw notUtf8;
        }
    }

    /**
     * UTF-16 in the byte order its mark gives, or null without one: Windows Notepad saves "Unicode" text so, and its
     * every other byte is a NUL that would otherwise read as binary data. UTF-16 without a mark is not guessed at.
     */
    private static Charset utf16ByOrderMark(byte[] bytes) {
        if (bytes.length < 2) {
            return null;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0xff && second == 0xfe ? StandardCharsets.UTF_16LE
                : first == 0xfe && second == 0xff ? StandardCharsets.UTF_16BE : null;
    }

    private static boolean mostlyAscii(byte[] bytes) {
        int high = 0;
        int run = 0;
        for (byte b : bytes) {
            run = b < 0 ? run + 1 : 0;
            high += b < 0 ? 1 : 0;
            if (run > MAX_HIGH_RUN) {
                return false;
            }
        }
        return high * MIN_ASCII_SHARE <= bytes.length;
    }

    /** Text in the given encoding, strictly: a byte the encoding does not define is an error. */
    public static String decode(byte[] bytes, Charset charset) throws NotTextException {
        if (bytes.length == 0) {
            throw new NotTextException("empty file (0 bytes)");
        }
        boolean utf16 = charset.name().startsWith("UTF-16"); // where a NUL is half of a character
        for (int i = 0; i < bytes.length && !utf16; i++) {
            if (bytes[i] == 0) {
                throw new NotTextException("binary data, not text (NUL byte at offset " + i + ")");
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String name = charset.name();
            throw new NotTextException("not valid " + name + " (malformed byte 0x"
                    + String.format("%02X", bytes[in.position()] & 0xff) + " at offset " + in.position()
                    + "); convert it to UTF-8 first", true);
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new NotTextException("empty document (only white space)");
        }
        long controls = text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t').count();
        if (controls * 20 > text.length()) {
            throw new NotTextException("binary data, not text (" + controls + " control characters)");
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
