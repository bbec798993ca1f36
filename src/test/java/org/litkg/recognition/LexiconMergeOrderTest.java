package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An imported vocabulary adds names to the seed's entries by their ids: the seed's entry, merged again, keeps its place
 * before an imported gene whose alias is the same name, so "COPD" stays the disease (HGNC lists it as ARCN1's alias).
 */
class LexiconMergeOrderTest {

    @Test
    void test_an_entry_merged_again_keeps_its_place_before_a_later_entry_with_the_same_name() {
        Lexicon lexicon = Lexicon.empty();
        lexicon.addAll(List.of("doid-3083\tDisease\tchronic obstructive pulmonary disease\tchronic obstructive "
                + "pulmonary disease|COPD\tDOID:3083\t"), "seed");
        lexicon.addAll(List.of("hgnc-649\tProtein\tARCN1\tARCN1|archain 1|COPD\tHGNC:649\tcs",
                "doid-3083\tDisease\tchronic obstructive pulmonary disease\tchronic obstructive lung disease|COPD"
                        + "\tDOID:3083|MESH:D029424\t"), "imported");
        List<LexiconEntry> copd = lexicon.lookupExact(Lexicon.exactKey("COPD"));
        assertEquals("doid-3083", copd.get(0).id(), copd.toString());
        assertEquals(2, copd.size(), copd.toString());
    }
}
