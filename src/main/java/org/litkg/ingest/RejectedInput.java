package org.litkg.ingest;

/**
 * Input refused before anything was written, with the HTTP status that says why (400 malformed,
 * 413 too large, 415 unsupported type) and a message that says what was wrong and where.
 */
public final class RejectedInput extends Exception {

    private final int status;

    public RejectedInput(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
