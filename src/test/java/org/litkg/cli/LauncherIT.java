package org.litkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged artifact run the way a user runs it: through ./litkg, in its own process. */
class LauncherIT {

    @Test
    void test_launcher_builds_the_example_graph() throws Exception {
        Path out = Path.of("target/launcher-it.trig");
        Files.deleteIfExists(out);
        Process p = new ProcessBuilder("./litkg", "build", "data/corpus", "--out", out.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the launcher did not finish");
        assertEquals(0, p.exitValue(), output);
        assertTrue(Files.readString(out).contains("plerixafor"), output);
    }
}
