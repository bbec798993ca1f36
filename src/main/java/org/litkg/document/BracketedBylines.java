package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byline that puts each group of authors' institution in brackets after their names, as meeting programmes and
 * abstract books print them: "Rahel Tesfaye, Ian Moss (University of Leeds, Leeds, UK); Ana Lima (Hospital Sirio-Libanes,
 * Sao Paulo, Brazil)". Each author works at the institution their group's brackets name.
 */
public final class BracketedBylines {

    private static final Pattern NAME = Pattern.compile(AuthorLines.NAME);
    /** Between two names of a group: "A, B", "A, B, and C", "A and B". */
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");
    /** A group's institution in brackets after its names. */
    private static final Pattern PLACE = Pattern.compile("\\s*\\(([^()]{3,200})\\)");
    /** Between two groups: "...(Leeds, UK); Ana Lima (...)". */
    private static final Pattern GROUP_SEPARATOR = Pattern.compile("\\s*[;,]\\s*(?:and\\s+)?|\\s+and\\s+");

    private BracketedBylines() {
    }

    /**
     * The byline's authors, each marked with the number of their group, and each group's bracketed institution as the
     * affiliation of that number.
     */
    public record Byline(List<AuthorLines.Author> authors, List<AuthorLines.Affiliation> affiliations) {
        public static final Byline NONE = new Byline(List.of(), List.of());
    }

    /**
     * The line read as a bracketed byline: two or more names and nothing else but their groups' brackets, each of which
     * names an institution (so "Ana Lima (left) and Ian Moss (right)" under a photograph is none); else none.
     */
    public static Byline read(String line) {
        List<AuthorLines.Author> authors = new ArrayList<>();
        List<AuthorLines.Affiliation> places = new ArrayList<>();
        Matcher name = NAME.matcher(line);
        Matcher place = PLACE.matcher(line);
        Matcher nameSeparator = NAME_SEPARATOR.matcher(line);
        Matcher groupSeparator = GROUP_SEPARATOR.matcher(line);
        String body = line.stripTrailing();
        int at = line.length() - line.stripLeading().length();
        while (at < body.length()) {
            int group = places.size() + 1;
            while (name.region(at, body.length()).lookingAt()) {
                authors.add(new AuthorLines.Author(name.start(), name.end(), List.of(group)));
                at = name.end();
                if (place.region(at, body.length()).lookingAt() || !nameSeparator.region(at, body.length()).lookingAt()) {
                    break;
                }
                at = nameSeparator.end();
            }
            boolean named = authors.size() > 0 && authors.get(authors.size() - 1).marks().get(0) == group;
            if (!named || !place.region(at, body.length()).lookingAt()
                    || !SignatureBlocks.INSTITUTION.matcher(place.group(1)).find()) {
                return Byline.NONE;
            }
            places.add(new AuthorLines.Affiliation(group, place.start(1), place.end(1)));
            at = place.end();
            if (at < body.length() && groupSeparator.region(at, body.length()).lookingAt()) {
                at = groupSeparator.end();
            } else if (at < body.length()) {
                return Byline.NONE;
            }
        }
        return authors.size() >= 2 ? new Byline(authors, places) : Byline.NONE;
    }
}
