package org.litkg.recognition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An author as a citation writes her, surname and initials ("Valcárcel-Moyo I"), and as the rest of the document does,
 * given name first ("Ines Valcárcel-Moyo"): one person, where the document gives one full name that fits the surname
 * and the first initial. Two such full names ("Maria Grant", "Michael Grant" for "Grant M") leave the cited form apart.
 */
final class CitedAuthorNames {

    private static final String SURNAME = "\\p{Lu}[\\p{L}'’-]+";
    /** "Valcárcel-Moyo I", "Grant MA": a surname, then one to three initials. */
    private static final Pattern CITED = Pattern.compile("(" + SURNAME + ") (\\p{Lu})\\p{Lu}{0,2}");
    /** "Ines Valcárcel-Moyo", "Rukhsana J. Fenwick-Ali": a given name, perhaps an initial, then the surname. */
    private static final Pattern FULL = Pattern.compile("(\\p{Lu})\\p{Ll}+(?: \\p{Lu}\\.?)? (" + SURNAME + ")");

    private CitedAuthorNames() {
    }

    /** Joins each cited author to the one person whose full name fits. */
    static void unite(List<Mention> all, UnionFind<Mention> uf) {
        Map<String, List<Mention>> cited = new HashMap<>();
        Map<String, List<String>> fullNames = new HashMap<>();
        Map<String, Mention> firstFull = new HashMap<>();
        for (Mention m : all) {
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            citedKey(m.name()).ifPresent(k -> cited.computeIfAbsent(k, x -> new ArrayList<>()).add(m));
            fullKey(m.name()).ifPresent(k -> {
                List<String> names = fullNames.computeIfAbsent(k, x -> new ArrayList<>());
                if (!names.contains(m.name())) {
                    names.add(m.name());
                }
                firstFull.putIfAbsent(k, m);
            });
        }
        cited.forEach((key, ms) -> {
            if (fullNames.getOrDefault(key, List.of()).size() == 1) {
                ms.forEach(m -> uf.union(firstFull.get(key), m));
            }
        });
    }

    private static Optional<String> citedKey(String name) {
        Matcher m = CITED.matcher(name);
        return m.matches() ? Optional.of(key(m.group(1), m.group(2))) : Optional.empty();
    }

    private static Optional<String> fullKey(String name) {
        Matcher m = FULL.matcher(name);
        return m.matches() ? Optional.of(key(m.group(2), m.group(1))) : Optional.empty();
    }

    private static String key(String surname, String initial) {
        return surname.toLowerCase(Locale.ROOT) + "|" + initial;
    }
}
