package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litkg.extraction.Readings.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An e-mail's signature with its signer's latest paper. Every text is written for the test. */
class SignatureLatestPapersTest {

    @Test
    void test_a_signatures_latest_line_is_its_signers_paper() {
        List<String> read = read("""
                Slides are on the shared drive.

                Best,
                Ingrid

                Ingrid Solheim-Bakke, PhD
                Associate Professor, Department of Immunology
                University of Oslo
                Latest: Ovarian tumours release CCL22 for CCR4+ Tregs (Cancer Immunology Research, 2026)
                """);
        assertTrue(read.contains("study ledBy Ingrid Solheim-Bakke"), read.toString());
        assertTrue(read.contains("study conductedBy University of Oslo"), read.toString());
    }
}
