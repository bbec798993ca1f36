package org.litkg.analysis;

import java.util.List;

/** Finds the names of chemicals and genes in a sentence by their shape and context, as a trained model does. */
public interface NameFinder {

    /** The kinds of name a finder knows: a chemical (a drug among them) and a gene or its product. */
    enum Kind {
        CHEMICAL, GENE
    }

    /** A name over tokens [from, to) of a sentence, its kind, and how sure the finder is of it (0..1). */
    record Found(int from, int to, Kind kind, double probability) {

        public Found {
            if (from < 0 || to <= from) {
                throw new IllegalArgumentException("invalid token range [" + from + ", " + to + ")");
            }
        }
    }

    List<Found> find(Sentence s);
}
