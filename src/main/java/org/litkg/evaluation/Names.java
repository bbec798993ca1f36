package org.litkg.evaluation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How evaluation compares names: case, punctuation, accents, a leading "the" or title ("Dr") and a plural ending
 * do not matter ("The T-cells" and "T cell" are one name, "Dr Fitzgerald" and "Fitzgerald" too), anything else does.
 */
public final class Names {

    /** A person's title before a name with more after it. */
    private static final java.util.regex.Pattern TITLE =
            java.util.regex.Pattern.compile("^(dr|prof|professor|mr|ms|mrs) (?=\\S)");

    private Names() {
    }

    public static String normalize(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        s = TITLE.matcher(s).replaceFirst(""); // "Dr Fitzgerald" is Fitzgerald, as the text's "Dr" is no part of the name
        int lastSpace = s.lastIndexOf(' ');
        String last = s.substring(lastSpace + 1);
        if (last.length() > 3 && last.endsWith("s") && !last.endsWith("ss")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** "a|b|c" as a set of normalised names. */
    public static Set<String> aliases(String field) {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(field.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).map(Names::normalize).forEach(names::add);
        return names;
    }

    /** Equal, or one holds the other as whole words and is at least three characters long. */
    public static boolean sameThing(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 3 && (" " + longer + " ").contains(" " + shorter + " ");
    }

    public static boolean overlap(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
