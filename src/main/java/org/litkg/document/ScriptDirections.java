package org.litkg.document;

import java.util.regex.Pattern;

/**
 * A video's or a broadcast's script sets its on-screen words in brackets under a label in capitals: "[CAPTION: based
 * on a 2025 study in Science Immunology]", "[ON SCREEN: 'plot twist']". Read as they stand, such lines have no stop and
 * are passed over as furniture; spelt as the labelled line they are ("CAPTION: based on ... Immunology."), what the
 * screen says is read as the voice-over is.
 */
final class ScriptDirections {

    /** A whole line in brackets: a label of up to three words in capitals, a colon, and the words shown. */
    private static final Pattern DIRECTION = Pattern.compile(
            "(?m)^[ \\t]*\\[((?:\\p{Lu}{2,}[ \\t]?){1,3}):[ \\t]*([^\\]\\n]*[^\\]\\s])[ \\t]*][ \\t]*$");

    private ScriptDirections() {
    }

    /** The text with each bracketed, labelled direction spelt as a labelled line that ends with a full stop. */
    static String spellOut(String text) {
        return DIRECTION.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(1).strip() + ": " + FullStops.close(m.group(2))));
    }
}
