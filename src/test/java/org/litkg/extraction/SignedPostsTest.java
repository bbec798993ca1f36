package org.litkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reading held-out set 357 showed litkg missing: a post signed with the writer's name and role ("- Dr. X,
 * immunologist"), whose "our paper" and "my lab at Y" are hers. Every text is written for the test.
 */
class SignedPostsTest {

    @Test
    void test_a_post_signed_with_a_name_and_a_role_is_the_writers() {
        List<String> read = Readings.readPlain("Thrilled that our paper is out in Science Advances today! Thanks to "
                + "everyone in my lab at the University of Leeds.\n\n- Dr. Ruth Ames, immunologist\n");
        assertTrue(read.contains("study ledBy Ruth Ames"), read.toString());
        assertTrue(read.contains("Ruth Ames affiliatedWith University of Leeds"), read.toString());
    }
}
