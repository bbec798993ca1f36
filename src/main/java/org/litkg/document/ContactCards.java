package org.litkg.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An electronic business card (vCard, RFC 6350), as a conference badge's code or a lab page's "add to contacts" link
 * gives one: "FN:", "TITLE:", "ORG:" and "NOTE:" fields between "BEGIN:VCARD" and "END:VCARD". Read as they stand,
 * the fields are labels glued to their values, and the person is never placed; spelt as a signature's line ("Dr X,
 * Associate Professor, Department of Y, University of Z.") and the note as its own paragraph, the card says who works
 * where and what they study. Addresses, telephones and the rest are contact details, and are left out.
 */
final class ContactCards {

    private static final Pattern CARD = Pattern.compile(
            "(?ims)^[ \\t]*BEGIN:VCARD[ \\t]*$(.*?)^[ \\t]*END:VCARD[ \\t]*$");

    private ContactCards() {
    }

    /** The text with each card spelt as a name line and its note; a text with no card as it is. */
    static String spellOut(String text) {
        return CARD.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(card(m.group(1))));
    }

    private static String card(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        // a vCard's content lines are folded, named and escaped as an iCalendar file's are
        for (String line : CalendarEvents.unfold(body).split("\\r?\\n")) {
            int colon = CalendarEvents.valueColon(line);
            if (colon > 0) {
                fields.putIfAbsent(CalendarEvents.propertyName(line, colon),
                        CalendarEvents.unescape(line.substring(colon + 1)).strip());
            }
        }
        List<String> parts = new ArrayList<>();
        for (String name : List.of("FN", "TITLE", "ROLE")) {
            if (!fields.getOrDefault(name, "").isEmpty()) {
                parts.add(fields.get(name));
            }
        }
        List<String> units = new ArrayList<>(List.of(fields.getOrDefault("ORG", "").split(";")));
        java.util.Collections.reverse(units); // "University of Bergen;Department of X": the unit, then its university
        units.stream().map(String::strip).filter(u -> !u.isEmpty()).forEach(parts::add);
        String note = fields.getOrDefault("NOTE", "");
        String line = parts.isEmpty() ? "" : FullStops.close(String.join(", ", parts)) + "\n";
        return line + (note.isEmpty() ? "" : "\n" + FullStops.close(note) + "\n");
    }
}
