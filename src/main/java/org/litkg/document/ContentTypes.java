package org.litkg.document;

import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP Content-Type header's parts ("text/html; charset=utf-8"): the media type, in lower case, and a parameter's
 * value, quotes removed. A document posted to the server and a page kept in a web archive both name theirs so.
 */
public final class ContentTypes {

    private ContentTypes() {
    }

    /** The media type the header names, in lower case: "text/html" for "Text/HTML; charset=UTF-8". */
    public static String mediaType(String header) {
        return header.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** The value of the named parameter ("charset"), if the header gives one. */
    public static Optional<String> parameter(String header, String name) {
        String[] parts = header.split(";");
        for (int i = 1; i < parts.length; i++) {
            String[] pair = parts[i].strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase(name)) {
                return Optional.of(pair[1].strip().replace("\"", ""));
            }
        }
        return Optional.empty();
    }
}
