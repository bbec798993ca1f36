package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Library catalogue records in MODS, the Library of Congress's XML for bibliographic description (a
 * {@code modsCollection} of {@code mods} records, or one record; with or without a {@code mods:} prefix), as library
 * systems and repositories export them. A record's title and subtitle, its personal authors (given and family name
 * parts) with their affiliations, its abstract, its date and its host journal ({@code relatedItem type="host"}) are
 * read as the MEDLINE record of the same work. A corporate author ("XMT-1660 Phase 1 Investigators") and a name whose
 * role is not authorship (an editor, a thesis advisor) name no author.
 */
final class ModsRecords {

    private ModsRecords() {
    }

    /** Whether an XML root element is MODS: a collection of records or one record. */
    static boolean isMods(Element root) {
        String name = ArticleXml.localName(root);
        return name.equals("modsCollection") || name.equals("mods");
    }

    /** The records of a MODS collection, or the one record, each as a MEDLINE record. */
    static List<MedlineRecord> records(Element root) {
        ArticleXml.unprefix(root); // "mods:title" is "title", whatever the prefix
        List<MedlineRecord> records = new ArrayList<>();
        if (root.tagName().equals("mods")) {
            records.add(record(root));
        } else {
            root.children().stream().filter(e -> e.tagName().equals("mods")).forEach(m -> records.add(record(m)));
        }
        return records;
    }

    private static MedlineRecord record(Element mods) {
        MedlineRecord r = new MedlineRecord();
        r.add("PMID", ArticleXml.text(mods.selectFirst("> identifier[type=pmid]")));
        String issued = ArticleXml.text(mods.selectFirst("> originInfo > dateIssued"));
        Element host = mods.selectFirst("> relatedItem[type=host]");
        if (issued.isEmpty() && host != null) {
            issued = ArticleXml.text(host.selectFirst("part > date"));
        }
        r.add("DP", MedlineRecord.anyDate(issued));
        r.add("TI", title(mods.selectFirst("> titleInfo:not([type])")));
        r.add("AB", String.join(" ", mods.select("> abstract").eachText()));
        for (Element name : mods.select("> name[type=personal]")) {
            List<String> roles = name.select("role > roleTerm").eachText();
            if (!roles.isEmpty() && roles.stream().noneMatch(role -> role.equalsIgnoreCase("author")
                    || role.equalsIgnoreCase("aut") || role.equalsIgnoreCase("creator") || role.equalsIgnoreCase("cre"))) {
                continue; // an editor, a thesis advisor, a photographer
            }
            String family = ArticleXml.text(name.selectFirst("> namePart[type=family]"));
            String given = ArticleXml.text(name.selectFirst("> namePart[type=given]"));
            String whole = ArticleXml.text(name.selectFirst("> namePart:not([type])"));
            String fau = !family.isEmpty() ? (given.isEmpty() ? family : family + ", " + given)
                    : whole.isEmpty() ? "" : MedlineRecord.authorName(whole);
            if (!fau.isEmpty()) {
                r.add("FAU", fau);
                name.select("> affiliation").forEach(a -> r.add("AD", a.text()));
            }
        }
        if (host != null) {
            r.add("JT", title(host.selectFirst("> titleInfo:not([type])")));
            r.add("TA", title(host.selectFirst("> titleInfo[type=abbreviated]")));
        }
        return r;
    }

    /** A title with its subtitle, as a catalogue shows it: "Title: subtitle". */
    private static String title(Element titleInfo) {
        if (titleInfo == null) {
            return "";
        }
        String title = String.join(" ", titleInfo.select("> nonSort, > title").eachText());
        String sub = ArticleXml.text(titleInfo.selectFirst("> subTitle"));
        return sub.isEmpty() ? title : title.replaceFirst("[:.]?\\s*$", "") + ": " + sub;
    }
}
