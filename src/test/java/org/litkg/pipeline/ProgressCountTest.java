package org.litkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressCountTest {

    @Test
    void test_progress_line_gives_share_rate_and_time_left() {
        assertEquals("read 300/1200 documents (25%), 100/s, about 9 s left", ProgressCount.line(300, 1200, "documents", 3_000_000_000L));
        assertEquals("read 1200/1200 documents (100%), 400/s, 3.0 s", ProgressCount.line(1200, 1200, "documents", 3_000_000_000L));
    }

    @Test
    void test_progress_reports_the_last_document_even_when_fast() {
        List<String> lines = new ArrayList<>();
        ProgressCount count = new ProgressCount(5, "abstracts", lines::add);
        for (int i = 0; i < 5; i++) {
            count.step();
        }
        assertEquals(1, lines.size(), lines.toString());
        assertEquals(true, lines.get(0).startsWith("read 5/5 abstracts (100%)"), lines.get(0));
    }
}
