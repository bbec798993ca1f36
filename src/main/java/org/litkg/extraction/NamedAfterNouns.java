package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * A definite noun whose name the text gives right after it, past a comma: "CD8 T cells carry the receptor for this
 * protein, CXCR4, and ...", "the chemokine's receptor, CCR2." The noun stands for that name, not for the nearest one
 * before it, and what the noun is said to be ("the receptor for X") is said of the name.
 */
final class NamedAfterNouns {

    /** Prepositions between the noun and its partner: "the receptor for X", "the ligand of X". */
    private static final Set<String> PARTNER_PREPOSITIONS = Set.of("for", "of");
    /** A partner named by a pronoun, which need not be a mention: "the receptor for it", "the ligand of them". */
    private static final Set<String> PARTNER_PRONOUNS = Set.of("it", "them");
    /** What may close the apposed name: a comma, the sentence's end, or a conjunction. */
    private static final Set<String> CLOSERS = Set.of(",", ".", ";", "and", ":", ")");

    private NamedAfterNouns() {
    }

    /**
     * The name apposed after a definite protein noun ("the receptor", "the chemokine"), read past a partner in
     * "for" or "of"; null if there is none, or the name is of another type than the noun.
     */
    static Mention nameAfter(Sentence s, List<Mention> mentions, Mention noun) {
        Mention answer = afterClosingColon(s, mentions, noun);
        if (answer != null) {
            return answer; // "Write down the drug on it that blocks CXCR1: reparixin."
        }
        if (!s.lower(noun.from()).equals("the") || noun.type().kind() != EntityType.Kind.PROTEIN
                || noun.type() == EntityType.PROTEIN) {
            return null;
        }
        int k = noun.to();
        if (PARTNER_PREPOSITIONS.contains(s.lower(k))) {
            Mention partner = Mention.startingAt(mentions, k + 1);
            boolean pronoun = partner == null && PARTNER_PRONOUNS.contains(s.lower(k + 1)); // "the receptor for it, IL-17RA"
            k = pronoun ? k + 2 : partner == null ? -1 : partner.to();
        }
        return k > 0 ? apposedAt(s, mentions, k, noun.type()) : null;
    }

    /**
     * The name that closes the sentence after a colon, of the definite noun's kind, with no other name of that kind
     * between the noun and the colon: "the drug on it that blocks CXCR1: reparixin." gives the answer the noun asks
     * for; else null.
     */
    private static Mention afterClosingColon(Sentence s, List<Mention> mentions, Mention noun) {
        Mention last = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
        int end = s.lower(s.size() - 1).equals(".") ? s.size() - 1 : s.size();
        if (!s.lower(noun.from()).equals("the") || last == null || last == noun || last.anaphoric() || last.to() != end
                || !s.lower(last.from() - 1).equals(":") || last.type().kind() != noun.type().kind()) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.from() >= noun.to() && m.to() < last.from() && m.type().kind() == noun.type().kind()) {
                return null;
            }
        }
        return last;
    }

    /** The name of {@code type} after the comma at token {@code comma}, closed as an apposition is; else null. */
    static Mention apposedAt(Sentence s, List<Mention> mentions, int comma, EntityType type) {
        if (!s.lower(comma).equals(",")) {
            return null;
        }
        Mention name = Mention.startingAt(mentions, comma + 1);
        boolean closed = name != null && (name.to() >= s.size() || CLOSERS.contains(s.lower(name.to())));
        return closed && !name.anaphoric() && name.type() == type ? name : null;
    }

    /** How far the comma before the apposed name may be after "for": "a receptor for that signal, CCR2". */
    private static final int RECEPTOR_FOR_WORDS = 4;

    /**
     * "a receptor for that signal, CCR2": where "for" at k follows a receptor noun and a comma after a few words opens a
     * name, that name's first token; else -1.
     */
    static int nameAfterReceptorFor(Reading r, int si, int k) {
        Sentence s = r.sentence(si);
        if (!s.lower(k).equals("for") || !s.lower(k - 1).equals("receptor")) {
            return -1;
        }
        for (int j = k + 1; j < Math.min(s.size() - 1, k + 1 + RECEPTOR_FOR_WORDS); j++) {
            if (s.lower(j).equals(",")) {
                Mention named = r.startingAt(si, j + 1);
                return named != null && named.type() == EntityType.RECEPTOR && !named.anaphoric() ? j + 1 : -1;
            }
        }
        return -1;
    }

    /** "silences the gene for angiotensinogen": the object of what is done to a gene is the protein it codes for. */
    static boolean isGeneFor(Sentence s, int k) {
        return s.lower(k).equals("for") && GENE_NOUNS.contains(s.lower(k - 1));
    }

    private static final Set<String> GENE_NOUNS = Set.of("gene", "genes", "mrna", "transcript");
}
