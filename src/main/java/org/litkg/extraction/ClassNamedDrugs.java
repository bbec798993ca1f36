package org.litkg.extraction;

import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.Cues.Category;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/** The drug a class or a described drug names after it: "the checkpoint inhibitor pembrolizumab". */
final class ClassNamedDrugs {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private ClassNamedDrugs() {
    }

    /** The drug the mention's class names right after it, else the mention itself. */
    static Mention named(Reading r, Mention m) {
        if (m == null) {
            return null;
        }
        Sentence s = r.sentence(m.sentence());
        int after = m.to();
        if (r.cues.is(Category.DRUG_NOUN, Lemmatizer.singular(s.lower(after)))) {
            after++; // "the immunotherapy drug atezolizumab"
        }
        // "the checkpoint inhibitor pembrolizumab", "its tau antibody semorinemab": a description the name follows
        boolean described = m.type() == EntityType.DRUG_CLASS || m.anaphoric() && m.type() == EntityType.DRUG;
        Mention named = described ? r.startingAt(m.sentence(), after) : null;
        if (described && named == null && apposedAfterArticle(r, s, m, after)) {
            named = r.startingAt(m.sentence(), after + 1); // "combined with an immunotherapy drug, durvalumab, the tumours"
        }
        // "in combination with an anti-PD-1 antibody, such as cemiplimab": the example a kind's phrase gives
        boolean kind = described || m.type() == EntityType.DRUG && s.lower(m.from()).startsWith("anti-");
        int link = s.lower(after).equals(",") ? after + 1 : after;
        if (named == null && kind && s.lower(link).equals("such") && s.lower(link + 1).equals("as")) {
            named = r.startingAt(m.sentence(), link + 2);
        }
        return named != null && named.type() == EntityType.DRUG ? named : m;
    }

    /**
     * A name set off by commas after a class an article opens: "an immunotherapy drug, durvalumab,". The closing comma
     * (or the sentence's end) is required, for in "combined with chemotherapy, pembrolizumab extended survival" the name
     * after the comma is the next clause's subject.
     */
    private static boolean apposedAfterArticle(Reading r, Sentence s, Mention m, int comma) {
        Mention named = r.startingAt(m.sentence(), comma + 1);
        if (named == null || !s.lower(comma).equals(",") || !ARTICLES.contains(s.lower(m.from() - 1))) {
            return false;
        }
        String closing = s.lower(named.to());
        return closing.equals(",") || closing.equals(".") || named.to() == s.size();
    }

    private static final Set<EntityType> DRUGS = java.util.EnumSet.of(EntityType.DRUG);

    /**
     * The drug before ", a(n) ... X" or ", the ... X", where X ends at {@code end} and is a class: a class head
     * ("macitentan, an endothelin receptor antagonist that the FDA approved") or a class's name ("durvalumab, the first
     * immunotherapy the FDA approved"). A relative clause after such a phrase is about the drug; null if there is none.
     */
    static Mention drugBeforeClass(Reading r, int si, int end) {
        Mention named = r.endingAt(si, end);
        boolean namedClass = named != null && named.type() == EntityType.DRUG_CLASS && !named.anaphoric();
        if (!namedClass && !r.cues.is(Category.DRUG_CLASS_HEAD, Lemmatizer.singular(r.sentence(si).lower(end)))) {
            return null;
        }
        int[] found = {-1, -1};
        return r.apposedName(si, end, DRUGS, found) == null ? null : r.endingAt(si, found[1] - 1);
    }

    /**
     * The object fronted before a relative clause's subject, or the drug it is a named class apposed to ({@link
     * #drugBeforeClass}); {@code found} then holds the drug's tokens.
     */
    static Argument apposedDrug(Reading r, int si, Argument fronted, int[] found) {
        Mention m = fronted == null ? null : r.startingAt(si, found[0]);
        Mention drug = m == null || m.type() != EntityType.DRUG_CLASS ? null : drugBeforeClass(r, si, m.to() - 1);
        if (drug == null) {
            return fronted;
        }
        found[0] = drug.from();
        found[1] = drug.to();
        return r.argument(drug, DRUGS);
    }
}
