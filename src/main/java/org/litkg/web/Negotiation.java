package org.litkg.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP content negotiation (RFC 9110, section 12.5.1) over litkg's {@link Representation}s.
 *
 * <p>Each offered representation gets the quality of the most specific media range in the Accept
 * header that matches it (an exact type beats {@code type/*}, which beats {@code *}{@code /*});
 * the highest quality wins, ties go to the order of {@code offered}. No Accept header, or only
 * {@code *}{@code /*}, means the first offered: Turtle for data, so {@code curl} gets something readable.
 */
public final class Negotiation {

    private Negotiation() {
    }

    /** The representation to send, or empty when the client accepts none of {@code offered} (a 406). */
    public static Optional<Representation> choose(String accept, List<Representation> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.stream().findFirst();
        }
        Representation best = null;
        double bestQuality = 0;
        for (Representation r : offered) {
            double q = quality(accept, r);
            if (q > bestQuality) {
                best = r;
                bestQuality = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(String accept, Representation r) {
        int bestSpecificity = -1;
        double quality = 0;
        String mainType = r.mediaType().substring(0, r.mediaType().indexOf('/'));
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            int specificity;
            if (r.answersTo(type)) {
                specificity = 2;
            } else if (type.equals(mainType + "/*")) {
                specificity = 1;
            } else if (type.equals("*/*") || type.equals("*")) {
                specificity = 0;
            } else {
                continue;
            }
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                quality = qualityParameter(parts);
            }
        }
        return quality;
    }

    private static double qualityParameter(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("q=") || p.startsWith("Q=")) {
                try {
                    return Math.max(0, Math.min(1, Double.parseDouble(p.substring(2).strip())));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
