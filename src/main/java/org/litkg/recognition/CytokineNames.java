package org.litkg.recognition;

import java.util.regex.Pattern;

/**
 * What a protein's name says about it: an interleukin, interferon or TNF is a cytokine ("the IL-6 receptor"
 * is its receptor, another entity), and those with growth factors and colony-stimulating factors are the
 * secreted signals that "express" can mean were secreted.
 */
public final class CytokineNames {

    private static final Pattern CYTOKINE =
            Pattern.compile("(?i)(il-?\\d.*|interleukin.*|ifn.*|(type \\w+ )?interferon.*|tnf.*)");
    private static final Pattern OTHER_SECRETED = Pattern.compile(
            "(?i)(tumou?r necrosis factor.*|.*growth factor.*|vegf.*|tgf.*|.*colony-stimulating factor.*|[gm]?-?csf\\d?"
            + "|.*cytokine.*)");

    private CytokineNames() {
    }

    public static boolean isCytokine(String name) {
        return CYTOKINE.matcher(name).matches();
    }

    public static boolean isSecretedSignal(String name) {
        return isCytokine(name) || OTHER_SECRETED.matcher(name).matches();
    }
}
