package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;

/**
 * A kind of cancer named alone before "cells" is the one cancer of that kind the text names in full (held-out sets 365
 * and 367: "the leukaemia cells" of adult T-cell leukaemia-lymphoma), and stays the kind where the text names two.
 * Every text is written for the test.
 */
class KindCancerCellsTest {

    private static List<DocumentEntities.Entity> cancers(String text) {
        return Readings.entities(text).stream().filter(e -> e.type() == EntityType.CANCER).toList();
    }

    @Test
    void test_the_kinds_cells_are_the_one_cancer_of_that_kind_named_in_full() {
        String text = "The drug is approved for adult T-cell leukaemia-lymphoma. It binds CCR4 on the leukaemia cells "
                + "in most patients.";
        List<DocumentEntities.Entity> cancers = cancers(text);
        assertEquals(1, cancers.size(), cancers.toString());
        List<String> read = Readings.read(text);
        assertTrue(read.stream().anyMatch(r -> r.startsWith("CCR4 expressedOn adult T-cell")), read.toString());
    }

    @Test
    void test_the_kinds_cells_stay_the_kind_where_two_cancers_of_it_are_named() {
        List<DocumentEntities.Entity> cancers = cancers("The drug is tested in acute myeloid leukaemia and chronic "
                + "lymphocytic leukaemia. It binds CXCR4 on the leukaemia cells.");
        assertEquals(3, cancers.size(), cancers.toString());
    }
}
