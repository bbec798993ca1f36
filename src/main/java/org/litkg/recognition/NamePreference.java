package org.litkg.recognition;

import java.util.Comparator;
import java.util.Locale;

/**
 * Which of an entity's names to show as its label when no lexicon gives one: a non-proprietary
 * drug name over a code name (plerixafor over AMD3100), a long form over its acronym
 * (fibrolamellar carcinoma over FLC), an organisation's longest name, then the name used most, then the
 * alphabetically first so the choice is the same on every build.
 */
public final class NamePreference {

    private NamePreference() {
    }

    /** Higher is better. */
    public static int score(String name, EntityType.Kind kind) {
        boolean hasDigit = name.chars().anyMatch(Character::isDigit);
        boolean allCaps = name.equals(name.toUpperCase(Locale.ROOT)) && name.chars().anyMatch(Character::isLetter);
        boolean multiWord = name.contains(" ");
        return switch (kind) {
            case DRUG -> name.chars().allMatch(c -> Character.isLowerCase(c) || c == ' ' || c == '-') ? 3 : hasDigit ? 1 : 2;
            case PROTEIN -> allCaps ? 3 : 1; // gene symbols are what researchers search for
            default -> (multiWord ? 2 : 0) + (allCaps ? 0 : 1);
        };
    }

    /** Orders names best first given how often each was used. */
    public static Comparator<java.util.Map.Entry<String, Integer>> order(EntityType.Kind kind) {
        return Comparator.<java.util.Map.Entry<String, Integer>>comparingInt(e -> -score(e.getKey(), kind))
                // "the Brennock Institute of Oncology" over its cut "the Brennock Institute", however often each is used
                .thenComparingInt(e -> kind == EntityType.Kind.ORGANIZATION ? -e.getKey().split(" ").length : 0)
                .thenComparing(e -> -e.getValue())
                .thenComparing(java.util.Map.Entry::getKey);
    }
}
