package org.litkg.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.litkg.analysis.Sentence;

/**
 * Chooses among overlapping candidates: names before references, then the longest, then the most
 * confident (the lexicon before shape and context). Then lets a following "receptor" join a protein
 * name ("the CXCR4 receptor" names CXCR4, typed Receptor), except where the noun names the protein's
 * partner, another entity ("the IL-6 receptor", "OX40 ligand", "the IL-2/IL-15 receptor"). "Gene" and
 * "protein" do not join: "the ALK gene" names ALK, and a mention's span is the name alone, as PubTator's
 * are (BioRED gene F1 0.629 to 0.711 with the imported vocabularies).
 */
public final class MentionSelector {

    private static final Comparator<Mention> PREFERENCE = Comparator
            .comparing(Mention::anaphoric)
            .thenComparing(Comparator.comparingInt(Mention::length).reversed())
            .thenComparing(Comparator.comparingDouble(Mention::confidence).reversed())
            .thenComparingInt(Mention::from);

    private MentionSelector() {
    }

    /** "IL-2/IL-15 receptor": a cytokine, a slash and another cytokine's receptor name one receptor; else null. */
    private static Mention sharedReceptor(Sentence s, Mention first, Mention next) {
        boolean slash = s.lower(first.to()).equals("/") && next.from() == first.to() + 1;
        if (!slash || first.type() != EntityType.PROTEIN || next.type() != EntityType.PROTEIN
                || !s.lower(next.to()).equals("receptor")) {
            return null;
        }
        int end = ReceptorChains.end(s, next.to() + 1);
        Mention whole = first.extendedTo(end, s).withType(EntityType.RECEPTOR);
        return whole.withName(s.textOf(first.from(), end).replace(" / ", "/").replace(" - ", "-"), null);
    }

    /** "the IL-2/IL-15 receptor beta-gamma complex": a listed receptor with the chains the text names after it. */
    private static Mention withChains(Sentence s, Mention m) {
        int end = m.type() == EntityType.RECEPTOR && s.lower(m.to() - 1).equals("receptor")
                ? ReceptorChains.end(s, m.to()) : m.to();
        return end == m.to() ? m : m.extendedTo(end, s);
    }


    /**
     * "lower-risk myelodysplastic syndromes": a disease phrase that ends in a cancer's name is that cancer, whatever its
     * head word ("syndrome") says.
     */
    private static Mention cancerTyped(Mention m, List<Mention> candidates) {
        if (m.type() != EntityType.DISEASE || m.anaphoric()) {
            return m;
        }
        for (Mention c : candidates) {
            if (c.type() == EntityType.CANCER && !c.anaphoric() && c.to() == m.to() && c.from() > m.from()
                    && c.lexiconId() != null) {
                return m.withType(EntityType.CANCER);
            }
        }
        return m;
    }

    public static List<Mention> select(Sentence s, List<Mention> candidates) {
        List<Mention> sorted = new ArrayList<>(candidates);
        sorted.sort(PREFERENCE);
        boolean[] taken = new boolean[s.size()];
        List<Mention> chosen = new ArrayList<>();
        for (Mention m : sorted) {
            boolean free = true;
            for (int k = m.from(); k < m.to(); k++) {
                free &= !taken[k];
            }
            if (free) {
                for (int k = m.from(); k < m.to(); k++) {
                    taken[k] = true;
                }
                chosen.add(cancerTyped(m, candidates));
            }
        }
        chosen.sort(Comparator.comparingInt(Mention::from));
        List<Mention> result = new ArrayList<>(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            Mention m = chosen.get(i);
            Mention shared = i + 1 < chosen.size() ? sharedReceptor(s, m, chosen.get(i + 1)) : null;
            if (shared != null) {
                result.add(shared); // "the IL-2/IL-15 receptor": one receptor two cytokines share, not IL-2
                i++;
                continue;
            }
            if (isSaltForm(s, m)) {
                result.add(m.extendedTo(m.to() + 1, s)); // "caffeine citrate" is caffeine, not citric acid too
                i += i + 1 < chosen.size() && chosen.get(i + 1).from() == m.to() ? 1 : 0;
                continue;
            }
            if (ReceptorsNamedAfterLigands.receptorAfter(s, m, chosen) != null
                    || ReceptorsNamedAfterLigands.receptorBefore(s, m, chosen) != null) {
                result.add(m); // "the CXCL12 receptor CXCR4": the ligand, and the receptor the phrase names
                continue;
            }
            boolean nextFree = i + 1 == chosen.size() || chosen.get(i + 1).from() > m.to();
            boolean protein = m.type().kind() == EntityType.Kind.PROTEIN && !m.anaphoric();
            result.add(protein && nextFree ? withChains(s, withNounAfter(s, m)) : m);
        }
        return result;
    }

    /** A drug named with the salt it is given as, which the drug's mention takes in. */
    private static boolean isSaltForm(Sentence s, Mention m) {
        return m.type() == EntityType.DRUG && !m.anaphoric() && SaltNames.isSaltForm(s.lower(m.to()));
    }

    /** A peptide's symbol with its number after a hyphen: "GLP-1", "IGF-2", "FGF-21". */
    private static final java.util.regex.Pattern NUMBERED_SYMBOL = java.util.regex.Pattern.compile("[A-Z]{2,5}-\\d{1,2}");

    /** Nouns that join the name before them: "the CXCR4 receptor", "the chemokine"; "BET proteins", a family. */
    private static final java.util.Set<String> JOINING_NOUNS = java.util.Set.of("receptor", "chemokine", "proteins");
    /** A cluster of differentiation's symbol: "CD28", "CD40". */
    private static final java.util.regex.Pattern CLUSTER = java.util.regex.Pattern.compile("CD\\d");

    /**
     * A protein's mention with the noun after it: the same protein named again ("the CXCR4 receptor"), or its
     * partner, another entity ("the IL-6 receptor" of a cytokine, "the leptin receptor" of a listed hormone, "OX40
     * ligand" but not "RAR ligand-induced").
     */
    private static Mention withNounAfter(Sentence s, Mention m) {
        String plural = s.lower(m.to());
        String next = plural.equals("receptors") ? "receptor" : plural; // "the GIP and GLP-1 receptors"
        boolean ligand = next.equals("ligand") && !s.lower(m.to() + 1).equals("-");
        // "the IL-6 receptor", "the TGF-β receptor" (a growth factor's), and a listed protein named by a word, not a
        // symbol: "the leptin receptor" (but "the BCMA receptor" is BCMA)
        // "the GLP-1 receptor": a symbol no list holds, which its shape alone made a protein, names the ligand
        // "the LIF receptor": a listed symbol the lexicon calls a protein and not a receptor names its ligand too (but a
        // cluster of differentiation is often called a receptor: "the CD28 receptor")
        boolean listedLigand = m.lexiconId() != null && !CLUSTER.matcher(m.name()).lookingAt();
        boolean chemokineReceptor = next.equals("receptor") && m.type() == EntityType.CHEMOKINE; // "the CCL2 receptor"
        boolean cytokineReceptor = chemokineReceptor || next.equals("receptor") && m.type() == EntityType.PROTEIN
                && (CytokineNames.isSecretedSignal(m.name()) || listedLigand
                || m.lexiconId() == null && m.method().equals("shape") && NUMBERED_SYMBOL.matcher(m.text()).matches());
        if (ligand || cytokineReceptor) {
            EntityType partner = ligand ? EntityType.PROTEIN : EntityType.RECEPTOR;
            int end = ligand ? m.to() + 1 : ReceptorChains.end(s, m.to() + 1); // "IL-31 receptor A"
            String chains = end > m.to() + 1 ? " " + s.textOf(m.to() + 1, end) : "";
            return m.extendedTo(end, s).withType(partner).withName(m.name() + " " + next + chains, null);
        }
        if (!JOINING_NOUNS.contains(next)) {
            return m;
        }
        Mention extended = m.extendedTo(m.to() + 1, s);
        boolean receptor = next.equals("receptor") && m.type() != EntityType.CHEMOKINE;
        return receptor ? extended.withType(EntityType.RECEPTOR) : extended;
    }
}
