package org.litkg.document;

import java.util.regex.Pattern;

/**
 * The lines that credit a text's writers by name with no affiliation marks: a news story's "By" line, a blog's "Posted
 * by", a digest's "Summary and comment by", a hearing's "Testimony of", and a wire story's closing credits. Layout keeps
 * them, and the names on them are people's.
 */
public final class NewsBylines {

    /** A blog post's date after its author: "Posted by Rosa Delacroix-Mbatha, November 21, 2026" (or "21 November 2026"). */
    private static final String POSTING_DATE = "(?:\\p{Lu}\\p{Ll}+\\.? \\d{1,2},? \\d{4}|\\d{1,2} \\p{Lu}\\p{Ll}+\\.? \\d{4})";
    /** A posting's day named alone: "Posted by Marcus Lind on Sunday". */
    private static final String WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
    private static final String CAPITALISED_WORD = "\\p{Lu}[\\p{L}'’.-]*";
    /** A name of two to five capitalised words: "Maren Quist-Abiodun", "Dr. Ramón Adebayo-Lindqvist". */
    private static final String CAPITALISED_NAME = CAPITALISED_WORD + "(?: " + CAPITALISED_WORD + "){1,4}";
    /** One to five capitalised words: an outlet's name before a reporter's post ("Oncology Today staff writer"). */
    private static final String CAPITALISED_WORDS = CAPITALISED_WORD + "(?: " + CAPITALISED_WORD + "){0,4}";
    /**
     * A speech's or a hearing's heading naming who speaks, whose "I" the text is: "Testimony of Dr. X", "Statement by X",
     * "Remarks as prepared for delivery by X", a transcript's "DEPOSITION OF DR. X", a sworn "AFFIDAVIT OF DR. X".
     */
    static final String SPOKEN_BY = "(?:(?:Written |Prepared )?(?:Statement|Remarks|Speech|Address"
            + "|(?i:testimony|deposition|affidavit)))(?: as prepared for delivery)? (?i:of|by)";
    /**
     * A news byline: "By" and names, perhaps a date or desk after a separator ("By A and B · November 19, 2026"), or a
     * digest's or a photo desk's credit for the words ("Summary and comment by Dr. X | November 20, 2026"), or a blog
     * post's ("Posted by X, November 21, 2026", "Posted March 3, 2026 by X"), or a social network's thread ("Thread by
     * X (@handle)"); a reporter's post may follow the names ("By X, health reporter"), with the outlet's name before it
     * ("By X, Oncology Today staff writer").
     */
    private static final Pattern NEWS_BYLINE = Pattern.compile("(?:By|(?:Summary|Comment|Commentary|Text|Words|Story|"
            + "Reporting|Analysis|Review|Reviewed|Interview|Photos?|Photographs?|Illustrations?|Posted|Written|Compiled"
            + "|Thread)(?: and \\p{Ll}+)? by|Posted (?:on )?" + POSTING_DATE + " by|" + SPOKEN_BY + ") "
            + CAPITALISED_NAME + "(?: \\(@[\\w.]+\\))?(?:(?:, | and |, and )"
            + CAPITALISED_NAME + ")*(?:, (?:" + CAPITALISED_WORDS + " )?\\p{Ll}[\\p{Ll} -]*"
            + "(?: (?:at|of|for) (?:the )?" + CAPITALISED_WORDS + ")?)?(?:(?:, | on |, on )(?:" + POSTING_DATE
            + "|" + WEEKDAY + "))?(?:\\s*[·|—–•].*)?");

    /** A wire story's credits, each desk's people and perhaps their city: one "Reporting by ...; Editing by ..." part. */
    private static final String WIRE_CREDIT = "(?:(?:Additional )?[Rr]eporting|[Ww]riting|[Ee]diting) by "
            + CAPITALISED_NAME + "(?:(?:, | and |, and )" + CAPITALISED_NAME + ")*(?: in \\p{Lu}[\\p{L} -]*)?";
    /** A wire story's closing credits: "(Reporting by Priya Raman in Bengaluru; Editing by Tom Aldous)". */
    private static final Pattern WIRE_CREDITS = Pattern.compile("\\(?" + WIRE_CREDIT + "(?:[;,] " + WIRE_CREDIT + ")*\\)?");

    private NewsBylines() {
    }

    /**
     * Whether the line is a news story's byline, "By" and the writers' names (see {@link #NEWS_BYLINE}), or a wire
     * story's closing credits (see {@link #WIRE_CREDITS}).
     */
    public static boolean isNewsByline(String line) {
        return NEWS_BYLINE.matcher(line.strip()).matches() || WIRE_CREDITS.matcher(line.strip()).matches();
    }
}
