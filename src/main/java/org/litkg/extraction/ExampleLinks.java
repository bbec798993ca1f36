package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Mention;

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

    /** The words that make a name a family's: "the TGF-beta family", "the TNF superfamily". */
    private static final Set<String> FAMILY_NOUNS = Set.of("family", "superfamily");
    /** What a family's members are called after its name: "TGF-beta family proteins such as GDF11". */
    private static final Set<String> MEMBER_NOUNS = Set.of("proteins", "members", "ligands",
            "receptors", "cytokines", "kinases");

    /**
     * Where the named examples of a family begin when the name at {@code m} names the family: in "binds proteins of
     * the TGF-beta family, such as GDF11" and "TGF-beta family ligands including GDF11" the verb reaches the members,
     * not the family's namesake. -1 where no examples follow.
     */
    static int familyMembersAfter(Reading r, int si, Mention m) {
        Sentence s = r.sentence(si);
        int k = m.to();
        if (!FAMILY_NOUNS.contains(s.lower(k))) {
            return -1;
        }
        k += MEMBER_NOUNS.contains(s.lower(k + 1)) ? 2 : 1;
        k += s.lower(k).equals(",") ? 1 : 0;
        int members = membersAt(s, k);
        return members > 0 && r.startingAt(si, members) != null ? members : -1;
    }
}
