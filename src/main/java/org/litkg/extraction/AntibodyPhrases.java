package org.litkg.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/** What an antibody phrase says its drug binds: "an antibody against CCR4", "an anti-TFPI antibody". */
final class AntibodyPhrases {

    private static final Set<EntityType> DRUGS = EnumSet.of(EntityType.DRUG, EntityType.DRUG_CLASS);

    private AntibodyPhrases() {
    }

    private static final Set<String> BLOCKING_MODIFIERS = Set.of("neutralising", "neutralizing", "blocking", "antagonist",
            "antagonistic", "inhibitory");

    /** Nouns for an antibody, or a conjugate built on one, whose target "against" names. */
    private static final Set<String> ANTIBODY_NOUNS = Set.of("antibody", "conjugate");
    /** Participles between an antibody and "against": "an antibody directed against CD20", "raised against". */
    private static final Set<String> AIMED = Set.of("directed", "raised", "aimed");

    /**
     * The token of "against" (or of "at" and "to" after "directed") that names the target of the antibody noun at t,
     * or -1: "an antibody against X", "an antibody to X", "an antibody-drug conjugate directed against X", "an antibody
     * directed to X".
     */
    static int againstAt(Sentence s, int t, String lemma) {
        if (!ANTIBODY_NOUNS.contains(lemma)) {
            return -1;
        }
        if (s.lower(t + 1).equals("against")) {
            return t + 1;
        }
        if (s.lower(t + 1).equals("to") && !s.token(t + 2).pos().equals("VERB") && !s.lower(t + 2).equals("be")) {
            return t + 1; // "a monoclonal antibody to CCR5", not "an antibody to treat asthma"
        }
        String after = s.lower(t + 2);
        boolean aimed = AIMED.contains(s.lower(t + 1))
                && (after.equals("against") || s.lower(t + 1).equals("directed") && (after.equals("at") || after.equals("to")));
        return aimed ? t + 2 : -1;
    }

    /**
     * "Mogamulizumab, an antibody against CCR4": the drug binds its target; "a neutralising antibody against
     * CXCL13" blocks it. The drug is the name the phrase is apposed to, or else the unnamed antibody itself,
     * which says something its name does not only when the phrase says it neutralises or blocks.
     */
    static void against(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        int[] at = new int[2];
        int against = againstAt(s, t, org.litkg.analysis.Lemmatizer.singular(s.lower(t)));
        Argument target = r.rightOf(si, against, 3, NominalPatterns.PROTEINS, at);
        if (target == null) {
            return;
        }
        int[] drugAt = new int[2];
        Argument drug = r.apposedName(si, t, DRUGS, drugAt);
        if (drug == null) {
            drug = Copulas.subject(r, si, t, DRUGS, drugAt); // "Velimab is an antibody against CCL2"
        }
        if (drug == null) {
            drug = nameAfterTargets(r, si, at[1], drugAt); // "An older antibody against ROR1, cirmtuzumab, was tested"
        }
        if (drug == null) {
            drug = HeadedDescriptions.headingDrug(r, si, t, drugAt); // "ORV-204" over "A depleting antibody against CCR8"
        }
        Mention named = r.startingAt(si, at[0]); // examples bind a target named, not "the mature growth factor"
        boolean examples = drug == null && named != null && !named.anaphoric()
                && !named.text().equals(named.text().toLowerCase(java.util.Locale.ROOT))
                && (drug = exampleAfterTargets(r, si, at[1], drugAt)) != null;
        Mention own = r.endingAt(si, t);
        boolean unnamed = drug == null && own != null && !own.anaphoric(); // the antibody is only its phrase
        if (unnamed) {
            drug = r.argument(own, DRUGS);
            drugAt = new int[] {own.from(), own.to()};
        }
        boolean blocking = false;
        for (int k = t - 1; k >= Math.max(0, t - 3) && !s.lower(k).equals(","); k--) {
            blocking |= BLOCKING_MODIFIERS.contains(s.lower(k));
        }
        if (drug == null || unnamed && !blocking) {
            return; // that "an antibody against CCR8" binds CCR8 is its name, not a finding
        }
        List<Argument> targets = r.withFollowingConjuncts(si, target, at[1], NominalPatterns.PROTEINS); // "against X and Y"
        // "Antibodies against CCL2, such as carlumab and ABN912": each example binds the one target (against two,
        // "such as nivolumab and ipilimumab" pairs them one to one, which the list alone does not say)
        List<Argument> drugs = examples ? r.withFollowingConjuncts(si, drug, drugAt[1], DRUGS) : List.of(drug);
        if (drugs.size() > 1 && targets.size() > 1) {
            return;
        }
        r.emit(blocking ? RelationType.BLOCKS : RelationType.BINDS, drugs, targets, si, drugAt[0], drugAt[1],
                t, against + 1, "nominal-antibody", 0.8, out);
    }

    /**
     * The first example a kind's link gives after the phrase's targets ("Antibodies against CCL2, such as carlumab,
     * were developed"), or null; {@code end} is the token after the first target.
     */
    private static Argument exampleAfterTargets(Reading r, int si, int end, int[] found) {
        Sentence s = r.sentence(si);
        int k = end;
        while ((s.lower(k).equals("and") || s.lower(k).equals("or")) && r.startingAt(si, k + 1) != null) {
            k = r.startingAt(si, k + 1).to();
        }
        int first = ExampleLinks.membersAt(s, s.lower(k).equals(",") ? k + 1 : k);
        Mention name = first < 0 ? null : r.startingAt(si, first);
        Argument drug = name == null || name.anaphoric() ? null : r.argument(name, DRUGS);
        if (drug != null) {
            found[0] = name.from();
            found[1] = name.to();
        }
        return drug;
    }

    /**
     * The drug named after the phrase's targets, set off by commas ("an antibody against ROR1 and ROR2, cirmtuzumab,"),
     * or null; {@code end} is the token after the first target.
     */
    private static Argument nameAfterTargets(Reading r, int si, int end, int[] found) {
        Sentence s = r.sentence(si);
        int k = end;
        while (s.lower(k).equals("and") || s.lower(k).equals("or")) {
            Mention next = r.startingAt(si, k + 1);
            if (next == null) {
                return null;
            }
            k = next.to();
        }
        // "an antibody against CXCL8 called BMS-986253": a naming word before the name, as after a class noun
        boolean called = r.cues.is(org.litkg.recognition.Cues.Category.NAMING_WORD, s.lower(k)) && r.startingAt(si, k + 1) != null;
        if (!called && (!s.lower(k).equals(",") || !Appositions.closedApposition(r, si, k + 1))) {
            return null;
        }
        Mention name = r.startingAt(si, k + 1);
        Argument drug = r.argument(name, DRUGS);
        if (drug != null && !name.anaphoric()) {
            found[0] = name.from();
            found[1] = name.to();
            return drug;
        }
        return null;
    }

    /** Words for the kind of antibody between its "anti-" word and its noun: "an anti-CCR7 monoclonal antibody". */
    private static final Set<String> ANTIBODY_KINDS = Set.of("monoclonal", "humanized", "humanised", "human",
            "chimeric", "bispecific");

    /** Whether the word at t is an "anti-" word naming a target: "an anti-CTLA-4 drug", "anti-X human antibody". */
    static boolean isAntiDrug(Reading r, Sentence s, int t) {
        int noun = ANTIBODY_KINDS.contains(s.lower(t + 1)) ? t + 2 : t + 1;
        return s.lower(t).startsWith("anti-") && r.cues.is(org.litkg.recognition.Cues.Category.DRUG_NOUN,
                org.litkg.analysis.Lemmatizer.singular(s.lower(noun)));
    }

    /**
     * "Concitizumab, a similar anti-TFPI antibody", "Atezolizumab is an anti-PD-L1 antibody": the drug the phrase is
     * apposed or predicated to binds the target its "anti-" word names, where the document names that target. An
     * antibody known only by the phrase says nothing its name does not.
     */
    static void antiTarget(Reading r, int si, int t, List<Statement> out) {
        Sentence s = r.sentence(si);
        String targetName = s.token(t).text().substring("anti-".length());
        // "a proteasome inhibitor, an immunomodulatory drug and an anti-CD38 antibody": a list, no apposition
        boolean listed = s.lower(t - 2).equals("and") || s.lower(t - 2).equals("or");
        Argument target = listed ? null : namedInDocument(r, targetName, s.token(t).span());
        int[] drugAt = new int[2];
        Argument drug = target == null ? null : r.apposedName(si, t, DRUGS, drugAt);
        if (drug == null && target != null) {
            drug = Copulas.subject(r, si, t, DRUGS, drugAt);
        }
        if (drug != null) {
            r.emit(RelationType.BINDS, List.of(drug), List.of(target), si, drugAt[0], drugAt[1], t, t + 2, "nominal-antibody",
                    0.8, out);
        }
    }

    /**
     * The protein a name inside a word stands for ("TFPI" in "anti-TFPI"), found by a mention written the same way
     * elsewhere in the document; the words cited are the given span. Null where the document does not name it.
     */
    private static Argument namedInDocument(Reading r, String name, org.litkg.document.Span span) {
        for (List<Mention> ms : r.doc.mentions()) {
            for (Mention m : ms) {
                Argument a = m.anaphoric() || !m.text().equalsIgnoreCase(name) ? null : r.argument(m, NominalPatterns.PROTEINS);
                if (a != null) {
                    return new Argument(a.node(), span, name, false);
                }
            }
        }
        return null;
    }

    /**
     * The protein the agent's class is named against, where the document names it: X in "anti-X antibodies such as D
     * block that signal" or "D, an anti-X antibody, blocks that signal", where "that signal" would stand for another;
     * else null.
     */
    static Argument classTarget(Reading r, int si, Argument agent) {
        Sentence s = r.sentence(si);
        for (Mention drug : r.mentions(si)) {
            if (drug.type() == EntityType.DRUG && s.lower(drug.from()).startsWith("anti-") && namesMember(s, drug, agent)) {
                String word = s.token(drug.from()).text();
                return namedInDocument(r, word.substring("anti-".length()), s.token(drug.from()).span());
            }
        }
        return null;
    }

    /** "anti-X antibodies such as D" or "D, an anti-X antibody": the class at {@code drug} has the agent for a member. */
    private static boolean namesMember(Sentence s, Mention drug, Argument agent) {
        int member = s.tokenStartingAt(agent.span().start());
        boolean suchAs = s.lower(drug.to()).equals("such") && s.lower(drug.to() + 1).equals("as") && member == drug.to() + 2;
        int article = drug.from() - 1;
        boolean apposed = Reading.ARTICLES.contains(s.lower(article)) && s.lower(article - 1).equals(",")
                && article >= 2 && s.token(article - 2).span().end() == agent.span().end(); // the agent, then ", an"
        return suchAs || apposed;
    }
}
