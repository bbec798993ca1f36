package org.litkg.document;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one address a byline's authors share, on the line below it: "Department of Haematology, Aarhus University
 * Hospital, Denmark"; or, as conference abstracts print a byline and its address, as two sentences of one paragraph,
 * each closed by a full stop: "Yuki Hamada, Kenji Moriyama. Department of Dermatology, Kyoto University, Japan." A
 * stopped address must be all capitalised words but for an address's function words, so a sentence about a
 * university ("Researchers at Y found that ...") is never taken for one.
 */
public final class SharedAddresses {

    /** The words an address writes in lower case between its capitalised ones: "Department of Dermatology". */
    private static final Pattern ADDRESS_FUNCTION_WORD = Pattern.compile(
            "of|and|for|the|de|la|del|di|du|und|für|y|e|et");

    private SharedAddresses() {
    }

    /** The address a whole byline shares, as an affiliation numbered {@link AuthorLines#SHARED_ADDRESS}; else empty. */
    public static List<AuthorLines.Affiliation> of(String line) {
        int from = AuthorLines.labelEnd(line); // "Institution: Y": the label takes the space after it too
        int start = from > 0 ? from : line.length() - line.stripLeading().length();
        int end = line.stripTrailing().length();
        int number = AuthorLines.SHARED_ADDRESS;
        if (isStoppedAddress(line.substring(start))) {
            return List.of(new AuthorLines.Affiliation(number, start, end - 1)); // the stop closes the address
        }
        return AuthorLines.isAddressLine(line.substring(start))
                ? List.of(new AuthorLines.Affiliation(number, start, end)) : List.of();
    }

    /** Whether a line closed by a full stop may be a byline over the stopped address the next line is. */
    static boolean isStoppedPair(String line, String nextLine) {
        return line.stripTrailing().endsWith(".") && isStoppedAddress(nextLine);
    }

    /** An address closed by a full stop, all capitalised words but for an address's function words. */
    static boolean isStoppedAddress(String line) {
        String address = line.strip();
        if (!address.endsWith(".")) {
            return false;
        }
        String body = address.substring(0, address.length() - 1);
        for (String word : body.split("[\\s,]+")) {
            if (!word.isEmpty() && !Character.isUpperCase(word.charAt(0))
                    && !ADDRESS_FUNCTION_WORD.matcher(word).matches()) {
                return false;
            }
        }
        return AuthorLines.isAddressLine(body);
    }
}
