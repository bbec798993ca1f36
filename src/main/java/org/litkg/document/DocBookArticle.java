package org.litkg.document;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * An article or chapter in DocBook, the XML technical publishers and documentation projects typeset from (DocBook 5,
 * in its namespace, with an {@code info} block; DocBook 4, with {@code articleinfo} or {@code chapterinfo}). Its title
 * and subtitle, its authors (surname and first name, in a {@code personname} or not) with their affiliations (the
 * division and the organisation's name), its abstract, the journal a {@code biblioset relation="journal"} names, and
 * its sections' paragraphs are read as the MEDLINE record of the same work. A footnote's text follows the paragraph
 * it is in, not the middle of its sentence; tables, figures, a bibliography and an index state nothing of the
 * article's own.
 */
final class DocBookArticle {

    private static final String NAMESPACE = "http://docbook.org/ns/docbook";
    private static final List<String> ROOTS = List.of("article", "chapter");
    /** What holds no prose of the article's own, or holds it as a table or a reference. */
    private static final String LEFT_OUT = "table, informaltable, figure, informalfigure, bibliography, index, "
            + "programlisting, screen";

    private DocBookArticle() {
    }

    /** Whether an XML root element is a DocBook article or chapter: DocBook 5's namespace, or DocBook 4's info block. */
    static boolean isDocBook(Element root) {
        return ROOTS.contains(root.tagName()) && (root.attr("xmlns").equals(NAMESPACE)
                || root.selectFirst("> articleinfo, > chapterinfo") != null);
    }

    /** The article as a MEDLINE record. */
    static MedlineRecord record(Element root) {
        Element info = root.selectFirst("> info, > articleinfo, > chapterinfo");
        info = info == null ? new Element("info") : info;
        MedlineRecord r = new MedlineRecord();
        r.add("PMID", ArticleXml.text(info.selectFirst("> biblioid[class=pubmed]")));
        r.add("DP", MedlineRecord.anyDate(ArticleXml.text(info.selectFirst("> pubdate, > date"))));
        String title = ArticleXml.text(info.selectFirst("> title"));
        title = title.isEmpty() ? ArticleXml.text(root.selectFirst("> title")) : title;
        String subtitle = ArticleXml.text(info.selectFirst("> subtitle"));
        r.add("TI", subtitle.isEmpty() ? title : title.replaceFirst("[:.]?\\s*$", "") + ": " + subtitle);
        Element summary = info.selectFirst("> abstract");
        if (summary != null) {
            summary.select("> title").remove(); // "Abstract"
            summary.select("para").forEach(p -> r.add("AB", p.text()));
        }
        for (Element author : info.select("> authorgroup > author, > author")) {
            String surname = ArticleXml.text(author.selectFirst("surname"));
            if (surname.isEmpty()) {
                continue; // an organisation as author
            }
            String first = ArticleXml.text(author.selectFirst("firstname, givenname"));
            r.add("FAU", first.isEmpty() ? surname : surname + ", " + first);
            for (Element affiliation : author.select("> affiliation")) {
                r.add("AD", String.join(", ", affiliation.select("orgdiv, orgname").eachText()));
            }
        }
        r.add("JT", ArticleXml.text(info.selectFirst("> biblioset[relation=journal] > title")));
        root.select(LEFT_OUT).remove();
        root.select("citation, xref").remove(); // "normal tissue <citation>1</citation>": a pointer, not a word
        for (Element para : root.select("para, simpara")) {
            if (para.parents().stream().noneMatch(e -> e.tagName().matches("info|articleinfo|chapterinfo|footnote"))) {
                r.add("AB", prose(para));
            }
        }
        return r;
    }

    /** A paragraph's text with its footnotes after it, each its own sentence. */
    private static String prose(Element para) {
        List<Element> footnotes = para.select("footnote");
        footnotes.forEach(f -> f.replaceWith(new TextNode("")));
        StringBuilder text = new StringBuilder(para.text().replaceAll("\\s*\\((see|cf\\.)?\\s*\\)", "")
                .replaceAll("\\s+([,.;:])", "$1")); // "(see <xref/>)" leaves "(see )"
        footnotes.forEach(f -> text.append(' ').append(f.text()));
        return text.toString();
    }
}
