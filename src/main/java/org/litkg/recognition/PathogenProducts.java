package org.litkg.recognition;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;

/**
 * A pathogen's protein, or a vaccine against it, named after the disease or virus: "the rabies glycoprotein", "the
 * Ebola virus glycoprotein", "the Zika envelope protein", "the first dose of rabies vaccine". The disease stays a
 * mention where it stands alone; followed by a protein noun it names the protein, which antibodies and drugs bind, and
 * followed by "vaccine" it names the vaccine, which other drugs are given with.
 */
final class PathogenProducts implements MentionRecognizer {

    /** The part of a virus a protein makes: "envelope glycoprotein", "spike protein". */
    private static final Set<String> VIRAL_PARTS = Set.of("envelope", "surface", "spike", "fusion", "capsid", "coat",
            "matrix", "nucleocapsid", "attachment");
    private static final Set<String> PROTEIN_NOUNS = Set.of("glycoprotein", "protein");

    @Override
    public void recognize(Sentence s, List<Mention> out) {
        List<Mention> diseases = out.stream().filter(m -> m.type() == EntityType.DISEASE).toList();
        for (Mention disease : diseases) {
            int k = disease.to();
            k += s.lower(k).equals("virus") ? 1 : 0; // "the rabies virus glycoprotein"
            boolean vaccine = k == disease.to() && s.lower(k).equals("vaccine");
            k += VIRAL_PARTS.contains(s.lower(k)) ? 1 : 0;
            if (vaccine || PROTEIN_NOUNS.contains(s.lower(k))) {
                String name = s.textOf(disease.from(), k + 1).toLowerCase(java.util.Locale.ROOT);
                out.add(MentionRecognizer.mention(s, disease.from(), k + 1, vaccine ? EntityType.DRUG : EntityType.PROTEIN,
                        name, null, 0.7, vaccine ? "phrase-drug" : "phrase-protein", false));
            }
        }
    }
}
