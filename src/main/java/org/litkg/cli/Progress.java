package org.litkg.cli;

/** Progress and errors go to standard error; results go to standard output. */
final class Progress {

    private Progress() {
    }

    static void say(String message) {
        System.err.println("litkg: " + message);
    }
}
