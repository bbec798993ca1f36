package org.litkg.recognition;

/**
 * One spelling for the British and American forms of a biomedical word, so that a lexicon written in either matches a
 * text written in the other: "muscle fibres" is Cell Ontology's "muscle fiber", "leukaemia" its "leukemia", "oesophageal"
 * Disease Ontology's "esophageal". Only word parts that are spelled differently and nowhere else are rewritten: "ae"
 * alone is not ("aerobic", "Michael"), "haem" and "aemia" are.
 */
final class AmericanSpellings {

    private AmericanSpellings() {
    }

    private static final String[][] BRITISH_TO_AMERICAN = {
        {"tumour", "tumor"}, {"fibre", "fiber"}, {"haem", "hem"}, {"aemia", "emia"}, {"aemic", "emic"},
        {"ischaem", "ischem"}, {"leukaem", "leukem"}, {"glycaem", "glycem"}, {"paed", "ped"}, {"oesophag", "esophag"},
        {"oedem", "edem"}, {"oestr", "estr"}, {"foet", "fet"}, {"coeliac", "celiac"}, {"diarrhoea", "diarrhea"},
        {"gynaec", "gynec"}, {"anaesth", "anesth"}, {"sulph", "sulf"}, {"aluminium", "aluminum"},
    };

    /** The American spelling of a lower-case word or compact key; the key itself when nothing in it is British. */
    static String of(String lowerCase) {
        if (!lowerCase.contains("ae") && !lowerCase.contains("oe") && !lowerCase.contains("our")
                && !lowerCase.contains("fibre") && !lowerCase.contains("sulph") && !lowerCase.contains("alumin")) {
            return lowerCase; // the common case, checked cheaply: most keys have none of the British letter pairs
        }
        String american = lowerCase;
        for (String[] pair : BRITISH_TO_AMERICAN) {
            american = american.replace(pair[0], pair[1]);
        }
        return american;
    }
}
