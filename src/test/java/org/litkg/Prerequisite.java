package org.litkg;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * A tool a test needs from the machine (Chromium, Debian's Python packages). Under CI
 * ({@code CI=true}, where {@code .ci/run} installs them) a missing tool fails the test; elsewhere
 * the test is reported as skipped, with the command that installs it. Never counted as passed.
 */
public final class Prerequisite {

    private Prerequisite() {
    }

    public static void require(boolean present, String what, String install) {
        String message = what + " is not installed: " + install;
        if (!present && "true".equals(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.assumeTrue(present, message);
    }

    /** Whether {@code /usr/bin/python3} imports every one of {@code modules}. */
    public static boolean pythonHas(String... modules) {
        try {
            Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import " + String.join(", ", modules))
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static final String PYTHON_PACKAGES = "apt-get install -y python3-nbclient python3-ipykernel python3-sparqlwrapper "
            + "python3-rdflib python3-pandas python3-matplotlib python3-networkx";
}
