package org.litkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * An OAI-PMH answer ({@code GetRecord} or {@code ListRecords}), as PubMed Central and repositories give their articles:
 * each record's metadata is read in the form it comes in, a JATS article (PubMed Central's {@code pmc} prefix) by the
 * article reader, a Dublin Core record ({@code oai_dc}) here. Deleted records carry no metadata and are passed over;
 * an answer that is an OAI-PMH error says so.
 */
final class OaiRecords {

    private OaiRecords() {
    }

    static List<MedlineRecord> records(Element root, Function<Element, List<MedlineRecord>> article) {
        Element error = root.selectFirst("> error");
        if (error != null) {
            throw new IllegalArgumentException("an OAI-PMH error answer (" + error.attr("code") + "): " + error.text().strip());
        }
        List<MedlineRecord> records = new ArrayList<>();
        for (Element metadata : root.select("record > metadata")) {
            for (Element form : metadata.children()) {
                records.addAll(form.tagName().equals("oai_dc:dc") ? List.of(dublinCore(form)) : article.apply(form));
            }
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException("an OAI-PMH answer with no record's metadata: nothing to read");
        }
        return records;
    }

    /** A Dublin Core record: its title, creators, description and date; Dublin Core names no journal of its own. */
    private static MedlineRecord dublinCore(Element dc) {
        MedlineRecord r = new MedlineRecord();
        r.add("PMID", ArticleXml.text(dc.selectFirst("> dc|identifier")));
        r.add("DP", MedlineRecord.anyDate(ArticleXml.text(dc.selectFirst("> dc|date"))));
        r.add("TI", ArticleXml.text(dc.selectFirst("> dc|title")));
        r.add("AB", String.join(" ", dc.select("> dc|description").eachText()));
        dc.select("> dc|creator").eachText().forEach(c -> r.add("FAU", MedlineRecord.authorName(c)));
        return r;
    }
}
