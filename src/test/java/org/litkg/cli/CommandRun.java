package org.litkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/** One run of the command line in this JVM, as a user's shell sees it: the exit status, stdout and stderr. */
record CommandRun(int status, String stdout, String stderr) {

    static CommandRun of(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true));
        System.setErr(new PrintStream(e, true));
        try {
            int status = Main.run(args);
            return new CommandRun(status, o.toString(), e.toString());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
