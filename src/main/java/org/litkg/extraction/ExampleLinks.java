package org.litkg.extraction;

import org.litkg.analysis.Sentence;

/**
 * The words that give a kind's examples: "drugs such as X", "including X", "among them X", "medicines like X", "for
 * example X". The
 * examples are members of the kind, which relations of the kind reach ({@link AgentSearch}, {@link Conjuncts},
 * {@link Regimens}) and which a later "it" does not stand for ({@link Coreference}).
 */
final class ExampleLinks {

    private ExampleLinks() {
    }

    /** Where the examples start when a link opens at k: after "such as", "including" or "among them"; else -1. */
    static int membersAt(Sentence s, int k) {
        if (s.lower(k).equals("such") && s.lower(k + 1).equals("as")
                || s.lower(k).equals("among") && s.lower(k + 1).equals("them") || isForExample(s, k)) {
            return k + 2;
        }
        return s.lower(k).equals("including") || s.lower(k).equals("e.g.") ? k + 1 : -1;
    }

    /** "for example", "for instance" at k: "other antiretrovirals, for example dolutegravir". */
    private static boolean isForExample(Sentence s, int k) {
        return s.lower(k).equals("for") && (s.lower(k + 1).equals("example") || s.lower(k + 1).equals("instance"));
    }

    /** The first word of the link ("such as", "including", "like") right before the name at {@code name}; else -1. */
    static int linkBefore(Sentence s, int name) {
        if (s.lower(name - 1).equals("as") && s.lower(name - 2).equals("such") || isForExample(s, name - 2)) {
            return name - 2;
        }
        return s.lower(name - 1).equals("including") || s.lower(name - 1).equals("like") || s.lower(name - 1).equals("e.g.")
                ? name - 1 : -1;
    }
}
