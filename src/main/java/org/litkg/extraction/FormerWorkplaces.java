package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.document.Dates;
import org.litkg.recognition.Mention;

/**
 * Organisations named beside a person that are not where the person works now: a former one ("Dr. X, a former
 * researcher at the University of Cambridge, who is the company's chief executive"), one the person came from ("a
 * postdoc who joined us from Y"), a contact line's ("Media contact: Laura Whitfield, MD Anderson Communications":
 * whom to call) and a society's as its meeting ("presented her poster at the ASCO meeting").
 */
final class FormerWorkplaces {

    /** Words that put a role in the past: "a former researcher", "an ex-employee", "a retired professor". */
    private static final Set<String> PAST_WORDS = Set.of("former", "formerly", "ex", "retired", "erstwhile", "onetime",
            "one-time", "previously");

    private FormerWorkplaces() {
    }

    /** Nouns for a society's meeting: "presented her poster at the ASCO meeting". */
    private static final Set<String> MEETING_WORDS = Set.of("meeting", "meetings", "conference", "congress", "symposium",
            "summit", "workshop");
    /** Words between a society's name and its meeting noun: "the ASCO Annual Meeting", "the ESMO 2026 Congress". */
    private static final Set<String> MEETING_MODIFIERS = Set.of("annual", "scientific", "general", "international",
            "world", "national", "regional");

    /** Whether the organisation names a meeting it holds, where a person went to speak, not where they work. */
    private static boolean namesMeeting(Sentence s, Mention org) {
        int k = org.to();
        while (k < s.size() && (MEETING_MODIFIERS.contains(s.lower(k)) || s.lower(k).matches("(19|20)\\d\\d"))) {
            k++;
        }
        return MEETING_WORDS.contains(s.lower(k));
    }

    /** How many capitalised words the town after a venue may take: "Newcastle upon Tyne" is three and a joiner. */
    private static final int TOWN_WORDS = 4;

    /**
     * Whether the organisation is where and when something took place, a date after it and its town: "the memorial for
     * Professor X (1948-2026), Playfair Library, Edinburgh, 20 November 2026" was held there; she did not work there.
     */
    private static boolean datedVenue(Sentence s, Mention org) {
        int k = org.to();
        if (s.lower(k).equals(",") && k + 1 < s.size() && s.token(k + 1).isCapitalised()) {
            int town = k + 1;
            while (town < s.size() && town <= k + TOWN_WORDS && !s.lower(town).equals(",")) {
                town++;
            }
            k = town;
        }
        int day = k + 1;
        return s.lower(k).equals(",") && (s.lower(day).matches("\\d{1,2}") && Dates.isMonth(s.lower(day + 1))
                || Dates.isMonth(s.lower(day)) && s.lower(day + 1).matches("\\d{1,2}|(19|20)\\d\\d"));
    }

    /** How many words of a post may stand between a contact line's colon and the name: "Research Nurse". */
    private static final int POST_WORDS = 3;

    /**
     * Whether the name at {@code from} follows a contact line's label: "Media contact:", "Media enquiries:", "Contact
     * for further information: Research Nurse X".
     */
    private static boolean contactLine(Sentence s, int from) {
        int colon = from - 1;
        while (colon > 0 && from - colon <= POST_WORDS && !s.lower(colon).equals(":")) {
            colon--;
        }
        for (int k = colon - 1; k >= 0 && s.lower(colon).equals(":") && !s.token(k).isPunctuation(); k--) {
            String w = s.lower(k);
            if (w.startsWith("contact") || w.startsWith("enquir") || w.startsWith("inquir")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The study's first author, Dr. X, is now a postdoctoral fellow at Y": a workplace the person has moved to since the
     * study, named after the person at {@code person}; the study was not done there.
     */
    static boolean movedTo(Sentence s, Mention person, Mention org) {
        for (int k = person.to(); k < org.from(); k++) {
            if (s.lower(k).equals("now") && (s.lower(k - 1).equals("is") || s.lower(k - 1).equals("has"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Verbs of arriving, whose "from" names the place a person left ("a postdoc who came to us from Y") and whose "to"
     * the place they went to work ("came to the University of X in 1989", {@link Workplaces}).
     */
    static final Set<String> ARRIVING = Set.of("joined", "joins", "came", "comes", "moved", "moves", "arrived",
            "arrives", "transferred", "relocated", "returned", "returns");

    /** "X, a postdoc who came to us from Y": Y, the organisation at {@code org}, is where X came from. */
    private static boolean cameFrom(Sentence s, Mention person, Mention org) {
        int from = s.lower(org.from() - 1).equals("the") ? org.from() - 2 : org.from() - 1;
        if (!s.lower(from).equals("from")) {
            return false;
        }
        for (int k = person.to(); k < from; k++) {
            if (ARRIVING.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Record fields that say where or when, not whose: a notebook's "Location:", a minute's "Venue:". */
    private static final Set<String> PLACE_FIELDS = Set.of("location", "venue", "site", "place", "date", "time", "room");

    /**
     * Whether a line between the tokens opens with a field of place or time: a notebook's "Author: W. X" over "Location:
     * Y, Z University" says where the work was done, not where its author is employed.
     */
    private static boolean placeFieldBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.lineBreakBefore(k) && PLACE_FIELDS.contains(s.lower(k)) && s.lower(k + 1).equals(":")) {
                return true;
            }
        }
        return false;
    }

    /** Verbs a correction says an affiliation was wrongly printed with: "was given as", "was listed as". */
    private static final Set<String> MISSTATING = Set.of("given", "listed", "stated", "printed", "shown");

    /** Whether the tokens between say how the affiliation was printed before a correction: "was given as Y". */
    private static boolean misstatedBetween(Sentence s, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (MISSTATING.contains(s.lower(k)) && s.lower(k + 1).equals("as") && s.lower(k - 1).equals("was")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the organisation at {@code org}, named after the person at {@code person}, is no current workplace. */
    static boolean notCurrent(Sentence s, Mention person, Mention org) {
        if (contactLine(s, person.from()) || cameFrom(s, person, org) || namesMeeting(s, org) || datedVenue(s, org)
                || placeFieldBetween(s, person.to(), org.from()) || misstatedBetween(s, person.to(), org.from())) {
            return true;
        }
        for (int k = person.to(); k < org.from(); k++) {
            if (PAST_WORDS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }
}
