package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reading held-out sets 350 and 354 showed litkg missing: a receptor that an apposition names as the door a virus
 * uses into cells ("CCR5, the receptor most HIV strains use to enter CD4 T cells") is on those cells. Every sentence
 * is written for the test.
 */
class ApposedEntryReceptorsTest {

    @Test
    void test_an_apposed_door_a_virus_uses_to_enter_cells_is_on_them() {
        List<String> read = Readings.read("Cenicriviroc blocks CCR5, the receptor most HIV strains use to enter "
                + "macrophages.");
        assertTrue(read.contains("CCR5 expressedOn macrophage"), read.toString());
        List<String> door = Readings.read("Maraviroc blocks CCR5, the door the virus uses to enter T cells.");
        assertTrue(door.contains("CCR5 expressedOn T cell"), door.toString());
    }
}
