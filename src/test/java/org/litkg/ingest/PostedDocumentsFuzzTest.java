package org.litkg.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Map;
import org.litkg.document.Document;
import org.litkg.document.HtmlText;

/**
 * Fuzzes the document reader of the write endpoint and the HTML cleaner with Jazzer. In the
 * normal test run the inputs under {@code src/test/resources/.../PostedDocumentsFuzzTestInputs}
 * are replayed; {@code JAZZER_FUZZ=1 mvn test -Dtest=PostedDocumentsFuzzTest} fuzzes for real.
 * Whatever the bytes, the reader either gives documents that are safe to store or refuses them
 * with a {@link RejectedInput}; nothing else may escape.
 */
class PostedDocumentsFuzzTest {

    private static final List<String> TYPES = List.of("text/plain", "text/markdown", "text/html", "application/json",
            "application/x-ndjson", "application/pdf", "text/plain; charset=latin1");

    @FuzzTest(maxDuration = "30s")
    void fuzzPostedDocuments(FuzzedDataProvider data) {
        String type = data.pickValue(TYPES);
        String id = data.consumeString(40);
        byte[] body = data.consumeRemainingAsBytes();
        try {
            List<Document> docs = new PostedDocuments(new InputLimits(1 << 16, 20_000, 20, 64)).read(body, type, Map.of("id", id));
            assertTrue(!docs.isEmpty() && docs.size() <= 20);
            for (Document d : docs) {
                assertTrue(d.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), "an IRI-safe id: " + d.id());
                assertTrue(!d.text().isBlank(), "no empty document");
                assertTrue(d.text().chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'),
                        "no control characters in a stored text");
            }
        } catch (RejectedInput expected) {
            assertTrue(expected.status() >= 400 && expected.status() < 500 && !expected.getMessage().isBlank());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void fuzzHtmlCleaner(String html) {
        // A script that opens the page is always a script element, whatever follows; its code must never become
        // text. The marker is new on every run, so the fuzzer cannot learn it and write it into the page as text.
        String marker = "m" + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() | 1L << 62);
        HtmlText.Article article = HtmlText.article("<script>" + marker + "()</script><style>." + marker + "{}</style>"
                + (html == null ? "" : html));
        assertTrue(article.text() != null);
        assertTrue(!article.text().contains(marker), article.text());
    }

}
