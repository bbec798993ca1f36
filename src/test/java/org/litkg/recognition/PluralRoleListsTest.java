package org.litkg.recognition;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litkg.document.Document;
import org.litkg.document.PageLayout;
import org.litkg.pipeline.Pipeline;

/**
 * A reading held-out set 356 showed litkg missing: people a plural role lists without titles ("Co-first authors Anna
 * Holm and Jonas Berg worked ...") are two people, not one run of capitalised words. Every sentence is written for the
 * test.
 */
class PluralRoleListsTest {

    private static List<String> people(String text) {
        Document doc = new Document("test", "test", text, "test", Optional.empty(), "0", PageLayout.proseBlocks(text));
        return new Pipeline(List.of()).extract(doc).recognized().entities().all().stream()
                .filter(e -> e.type() == EntityType.PERSON).map(DocumentEntities.Entity::preferredName).toList();
    }

    @Test
    void test_two_people_a_plural_role_lists_are_two_people() {
        List<String> people = people("Co-first authors Mira Lund and Tobias Greve worked in the group of Professor "
                + "Lise Vang.");
        assertTrue(people.contains("Mira Lund"), people.toString());
        assertTrue(people.contains("Tobias Greve"), people.toString());
    }
}
