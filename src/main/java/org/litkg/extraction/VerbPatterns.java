package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;
import org.litkg.recognition.CytokineNames;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * Relations expressed by a verb, found by the verb's form rather than its POS tag (the tagger calls many of these
 * verbs nouns). Reads the active voice ("AMD3100 blocks CXCR4"), the passive ("CXCR4 is blocked by mavorixafor"),
 * reduced relatives ("a drug already approved by the FDA"), agency compounds ("an FDA-approved drug called AMD3100"),
 * object relatives ("a drug the FDA has approved"), instruments ("By utilizing AMD3100, the scientists were able to
 * block CXCR4": the nearest drug before the verb), and coordinated arguments.
 */
final class VerbPatterns {

    static final int LEFT_WINDOW = 25;
    static final int RIGHT_WINDOW = 10;
    private static final Set<String> CAUSE_PARTICIPLES = Set.of("induced", "mediated", "dependent", "evoked", "stimulated",
            "driven", "triggered", "caused", "elicited", "activated", "provoked");
    private static final Set<String> EXPRESSION_VERBS = Set.of("express", "overexpress");
    private static final Set<String> ATTRACTING = Set.of("attract", "recruit", "draw", "summon");
    static final Set<EntityType> ANY_NAMED = java.util.EnumSet.allOf(EntityType.class);
    /** Verbs that block a protein only by holding it in an inactive state: "locks the enzyme in an inactive shape". */
    private static final Set<String> STATE_LOCKING = Set.of("lock", "freeze");
    private static final Set<String> INACTIVE = Set.of("inactive", "closed", "resting", "off");

    private final TriggerLexicon triggers;

    VerbPatterns(TriggerLexicon triggers) {
        this.triggers = triggers;
    }

    void read(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (int t = 0; t < s.size(); t++) {
            Token verb = s.token(t);
            List<Trigger> senses = triggers.senses(verb.lemma());
            CompoundVerbs.readDerived(r, si, t, out);
            // "a potent block" is a noun; not "Icatibant blocks", "joint produce X" (but "more active inhibiting X")
            boolean afterAdjective = t > 0 && s.token(t - 1).pos().equals("ADJ") && !verb.lower().endsWith("ed")
                    && r.endingAt(si, t - 1) == null && (r.startingAt(si, t + 1) == null || s.lower(t).endsWith("ing"));
            // "suppressor cells (MDSCs) that carry CXCR2", "a nanobody, a very small antibody, that binds"
            int head = Parentheticals.before(s, s.lower(t - 2).equals(",") ? t - 3 : t - 2);
            boolean relativeThat = s.lower(t - 1).equals("that") && t >= 2 && head >= 0
                    && (SubjectSearch.isNominal(s.token(head)) || r.endingAt(si, head) != null
                    || SubjectSearch.isDrugNoun(r, s.lower(head)))
                    || s.lower(t - 1).equals("that") && verb.lower().endsWith("ing") && r.startingAt(si, t + 1) != null
                    || s.lower(t - 1).equals("that") && SharedSubjects.firstRelativeBefore(s, t) > 0; // "release and that binds"
            // "showed that adding tislelizumab to chemotherapy": a gerund with its object after "that" is a verb
            if (senses.isEmpty() || (SubjectSearch.DETERMINERS.contains(s.lower(t - 1)) && !relativeThat) || afterAdjective
                    || VerbForms.isCounted(s, t)) {
                continue; // "the block", "a trap", "only one target": a noun
            }
            if (verb.lower().equals(verb.lemma()) && !VerbForms.isParticiple(verb) && VerbForms.beBefore(s, t)) {
                continue; // "it is not yet clear", "the cells are free": an adjective (but "are set free")
            }
            // a verb's sense with a preposition, where it finds one, reads the verb; its plain senses then do not
            // ("binds BAFF-R, blocking BAFF from reaching it" blocks what the drug binds, not BAFF). A partner after
            // "with" is no other sense of the verb but a second object: "approved X in combination with Y" is an
            // approval and a combination. Nor do they where that preposition comes right after the verb, read or not:
            // "cells stick to stromal cells" cling to them, and hold nothing as "cells stuck in the marrow" are held.
            int before = out.size();
            for (Trigger sense : senses) {
                if (!sense.preposition().isEmpty()) {
                    readSense(r, si, t, sense, out);
                }
            }
            boolean readWithPreposition = out.subList(before, out.size()).stream()
                    .anyMatch(x -> x.relation() != RelationType.COMBINED_WITH) || VerbForms.particleAfter(s, t, senses);
            for (Trigger sense : senses) {
                if (sense.preposition().isEmpty() && !readWithPreposition) {
                    readSense(r, si, t, sense, out);
                }
            }
            Regimens.approvedAsPair(r, si, t, out.subList(before, out.size()), out);
        }
    }

    private void readSense(Reading r, int si, int t, Trigger sense, List<Statement> out) {
        Sentence s = r.sentence(si);
        RelationType rel = sense.relation();
        Set<EntityType> agentTypes = sense.inverse() ? rel.range() : rel.domain();
        Set<EntityType> patientTypes = sense.inverse() ? rel.domain() : rel.range();
        if (rel == RelationType.BINDS && !sense.inverse() && BindingVerbs.DRUG_BINDING.contains(sense.lemma())) {
            agentTypes = BindingVerbs.agents(s, t, sense);
            patientTypes = BindingVerbs.patients(s, t, sense, patientTypes);
        }
        if (rel == RelationType.SEQUESTERS && ATTRACTING.contains(sense.lemma())) {
            // a chemokine that attracts or recruits cells draws them in, and so do the cells that make it ("Gingival
            // fibroblasts recruit Th17 cells to the periodontium"); only what traps or holds them sequesters them
            agentTypes = java.util.EnumSet.copyOf(agentTypes);
            agentTypes.remove(EntityType.CHEMOKINE);
            agentTypes.remove(EntityType.CELL_TYPE);
        }
        // "express" means secretion only of a secreted signal: "tumours expressed PD-L1" secrete nothing
        boolean expression = rel == RelationType.SECRETES && EXPRESSION_VERBS.contains(sense.lemma());
        int[] left = new int[2];
        int[] right = new int[2];
        if (CompoundVerbs.read(r, si, t, sense, agentTypes, patientTypes, expression, out)) {
            return; // "CXCR3-expressing CD8+ T cells", "an FDA-approved antiretroviral"
        }
        if (!sense.preposition().isEmpty()) {
            PrepositionalVerbs.read(r, si, t, sense, agentTypes, patientTypes, out);
            return;
        }
        boolean pastForm = VerbForms.isPastForm(s.token(t));
        // "produced mainly by", "released in large amounts by"
        int afterAmount = AgentSearch.byAfterPhrase(r, si, t, false);
        int by = VerbForms.isAdverb(s.lower(t + 1)) && s.lower(t + 2).equals("by") ? t + 2 : afterAmount < 0 ? t + 1 : afterAmount;
        boolean byAgent = pastForm && (s.lower(by).equals("by") || Instruments.drugWith(r, si, by, rel)); // "with X"
        if (pastForm && (byAgent || VerbForms.passiveWithoutBy(s, t) || MakingPlaces.madeAfterName(r, si, t)
                || rel == RelationType.SEQUESTERS && HeldPlaces.heldInBy(r, si, t))) { // "T cells held in X by Y"
            Argument patient = r.leftOf(si, t, LEFT_WINDOW, patientTypes, left);
            boolean closed = s.lower(left[1]).equals(",") && t - left[1] <= 3; // "X, an anti-PD-1 antibody, is approved"
            Argument apposed = patient != null && (left[1] == t || closed) ? r.apposedName(si, left[0], patientTypes, left)
                    : null;
            patient = apposed != null ? apposed : patient; // "inebilizumab, an anti-CD19 antibody approved by the FDA"
            patient = patient == null || apposed != null ? patient
                    : SubjectSearch.antecedentOfSubjectRelative(r, si, t, patient, patientTypes, left);
            if (apposed == null && closed && r.apposedName(si, left[0], ANY_NAMED, new int[2]) != null) {
                return; // "CXCR4, the receptor for CXCL12, is overexpressed by": the receptor is, not CXCL12
            }
            int labelEnd = t == 0 && s.lower(by + 1).equals(":") ? by + 1 : by; // a fact sheet's "Approved by: the FDA"
            Argument agent = byAgent ? r.rightOf(si, labelEnd, 6, agentTypes, right) : null;
            agent = agent != null && (AgentSearch.commaAfterUnnamedAgent(r, si, by, right[0])
                    || AgentSearch.verbBefore(s, by, right[0], triggers)) ? null : agent;
            agent = agent == null && rel == RelationType.SEQUESTERS ? HeldPlaces.edgeHolder(r, si, t, right) : agent;
            if (agent == null && rel == RelationType.SEQUESTERS && HeldPlaces.heldIn(s, t)) {
                int laterBy = AgentSearch.byAfterPhrase(r, si, t, true);
                agent = laterBy > 0 ? r.rightOf(si, laterBy, 6, agentTypes, right) // "held in the bone marrow by CXCL12"
                        : r.rightOf(si, t + 1, 4, HeldPlaces.PLACES, right); // "T cells are trapped in the fibrous stroma"
            }
            agent = agent == null && rel == RelationType.SECRETES ? MakingPlaces.maker(r, si, t, sense.lemma(), right) : agent;
            patient = patient != null || agent == null ? patient : LabelSubjects.subject(r, si, t, patientTypes, left);
            patient = patient != null || agent == null ? patient // "receptors blocked by X (A and B)"
                    : BracketedInstances.lastAfterAgent(r, si, t, right[1], patientTypes, left);
            if (patient == null && agent != null && rel == RelationType.APPROVED_BY) {
                patient = r.topicDrugs().subjectOfHeadless(s, si, t, patientTypes); // "Approved by the NMPA in 2024."
                left[0] = 0; // no words stand for it, and a "Not" before the verb denies it
                left[1] = 0;
            }
            if (patient != null && modifiesAnotherNoun(s, left[1])) {
                return; // "TOP2-mediated DNA cleavage was antagonized by X": the cleavage is, not TOP2
            }
            boolean reducedRelative = left[1] == t - 1 && s.lower(t - 1).equals(","); // "held by CXCL12, made by"
            if (patient != null && !reducedRelative
                    && s.lower(SubjectSearch.beforeConjuncts(r, si, left[0], patientTypes)).equals("by")) {
                return; // "is not mediated by PDE1, ... or PDE11 and is inhibited by X": those are another verb's agents
            }
            if (patient != null && expression && !isSecreted(patient)) {
                return; // "TROP2 is overexpressed by cancer cells": a membrane protein is expressed, not secreted
            }
            if (patient != null && agent == null && ConsequentPassives.read(r, si, t, sense, patient, left, out)) {
                return; // "the neutrophils are thereby freed": by whatever did the clause before
            }
            if (patient != null && agent != null) {
                List<Argument> patients = r.withPrecedingConjuncts(si, patient, left[0], patientTypes);
                List<Argument> agents = new java.util.ArrayList<>(r.withFollowingConjuncts(si, agent, right[1], agentTypes));
                agents.addAll(AgentSearch.coordinatedByAgents(r, si, right[1], agentTypes));
                agents.addAll(labelEnd > by ? LabelSubjects.listedAfter(r, si, right[1], agentTypes) : List.of());
                emitAll(r, sense, agents, patients, si, left, t, "verb-passive", 0.9, out);
            }
            return;
        }
        if (Reading.RELATIVE_PRONOUNS.contains(s.lower(t - 1)) && RelativeHeads.unnamedAntecedent(r, si, t, agentTypes, patientTypes)
                && Copulas.predicateBeforeClause(r, si, t, true) < 0) { // but "an antibody against X that blocks"
            return; // "release CXCL12, which traps T cells": the trapping is CXCL12's, not the releaser's
        }
        if (s.lower(t).endsWith("ing") && (s.lower(t - 1).equals("whom") || s.lower(t - 1).equals("where")
                || s.lower(t - 1).equals("which") && s.token(t - 2).pos().equals("ADP"))) {
            return; // "patients with leukemia, in whom moving cancer cells into the blood could be harmful": nobody's
        }
        if (AgentSearch.unnamedPossessed(r, si, t)) {
            return; // "adults whose antibodies target the receptor": the antibodies act, not the drug named before
        }
        if (CausedMoves.read(r, si, t, sense, agentTypes, patientTypes, out)) {
            return; // "lets the cells move into the blood"
        }
        if (AgentSearch.hasUnnamedDoer(s, t)) {
            // "earlier attempts to neutralise the growth factor", "that blocking CXCR3 might": an instrument may act
            AgentlessVerbs.readInstrumentAfter(r, si, t, sense, agentTypes, patientTypes, out); // "..., with MLN1202"
            return;
        }
        // "chemokines that recruit T cells by binding CCR4": a "by"-gerund's subject is the clause's, past other names
        Argument agent = PurposeClauses.subjectOfMeans(r, si, t, agentTypes, left); // "binds X to hold them"
        agent = agent != null ? agent : AgentSearch.subjectPastClosedRelative(r, si, t, agentTypes, left);
        agent = agent != null ? agent : GerundSubjects.isByGerund(s, t) ? GerundSubjects.subject(r, si, t, agentTypes, left)
                : r.leftOf(si, t, LEFT_WINDOW, agentTypes, left, true);
        // past "and", an aside, a series
        agent = agent != null ? agent : AgentSearch.subjectPastClauseLink(r, si, t, agentTypes, left);
        // "cells that escaped X secrete"
        agent = agent != null ? agent : SubjectSearch.headBeforeClauseEndingAt(r, si, t, agentTypes, left);
        agent = RelativeHeads.outsideOpenRelative(r, si, t, agent, agentTypes, left); // "a chemokine that binds Y and"
        // "X is approved by the FDA to move stem cells": the purpose is the approved drug's doing
        agent = agent != null ? agent : PurposeClauses.subjectOfPassive(r, si, t, agentTypes, left);
        agent = Copulas.subjectOfPredicateBefore(r, si, t, agent, agentTypes, left); // "a form of X that binds"
        if (agent == null && AgentSearch.readSuchAs(r, si, t, sense, agentTypes, patientTypes, out)) {
            return;
        }
        if (agent == null && s.lower(t - 1).equals(";")) {
            agent = LabelSubjects.subject(r, si, t, agentTypes, left); // "X: an antipsychotic; blocks D2 receptors"
        }
        if (agent == null) {
            int[] object = new int[2];
            agent = r.rightOf(si, t, RIGHT_WINDOW, patientTypes, object, true) == null ? null
                    : RelativeHeads.nameAfterRelativeClause(r, si, t, object[1], agentTypes, left); // "the drug that blocks X, Y,"
        }
        if (agent == null) {
            AgentlessVerbs.read(r, si, t, sense, agentTypes, patientTypes, out);
            return;
        }
        agent = PurposeClauses.pastPartnerAside(r, si, t, agent, agentTypes, left); // "and, given with Y, frees"
        agent = SharedSubjects.pastClausesOfOthers(r, si, t, agent, agentTypes, left, l -> !triggers.senses(l).isEmpty());
        if (agent == null) {
            return;
        }
        agent = SharedSubjects.subjectOfFirstVerb(r, si, t, agent, agentTypes, left, l -> !triggers.senses(l).isEmpty());
        agent = GerundSubjects.addedInstead(r, si, t, agent, agentTypes, left); // "Adding X to Y freed the cells"
        agent = SharedSubjects.subjectPastApposition(r, si, t, agent, agentTypes, left);
        agent = PurposeClauses.pastPartner(r, si, t, agent, agentTypes, left); // "given together with Y to move X"
        if (AgentSearch.causerNotDoer(r, si, t, left)) {
            return;
        }
        agent = ModifiedSubjects.headBeforeModifier(r, si, agent, agentTypes, left);
        agent = agent == null ? null : SubjectSearch.ownerOfComplex(r, si, agent, agentTypes, left);
        boolean participleOfAgent = left[1] == t && s.lower(t).endsWith("ing"); // "attracts T cells carrying CCR9"
        agent = participleOfAgent ? agent : RelativeHeads.headBeforeRelativeClause(r, si, agent, agentTypes, left);
        agent = agent == null ? null : SubjectSearch.antecedentOfObjectRelative(r, si, t, agent, agentTypes, left);
        agent = agent == null ? null : SubjectSearch.antecedentOfSubjectRelative(r, si, t, agent, agentTypes, left);
        if (agent == null || AgentSearch.namesSource(s, left[0]) || AgentSearch.asksWhich(s, left[0])) {
            return; // "any metabolite of X to block", "Define which skin cells secrete CXCL9"
        }
        Argument named = r.apposedName(si, left[0], agentTypes, left);
        if (named != null) {
            agent = named; // "Glioblastoma, the most common brain tumor in adults, releases CXCL12"
        }
        agent = Instruments.userOf(r, si, t, agent, agentTypes, left); // "tumours use CXCL12 to trap T cells
        Argument possessor = ObjectSearch.possessorOfInteraction(r, si, t, patientTypes, right);
        int listStart = Parentheticals.afterClassApposition(s, t + 1); // "blocks two receptors at once: X and Y"
        listStart = listStart > t + 1 && !nameAt(r, si, listStart) ? t + 1 : listStart; // "the prolyl hydroxylases, so HIF"
        Argument listed = possessor != null || listStart == t + 1 ? null
                : r.rightOf(si, listStart - 1, 3, patientTypes, right, true);
        Argument patient = possessor != null ? possessor : listed != null ? listed
                : r.rightOf(si, t, RIGHT_WINDOW, patientTypes, right, !sense.lemma().equals("bind"));
        // "Which chemokine do melanoma cells release?": the asked object stands before the subject
        patient = patient != null ? patient : FrontedQuestions.object(r, si, left[0], patientTypes, right);
        if (patient == null && rel == RelationType.BLOCKS && BindingVerbs.blocksBindingOrSignal(s, t) && left[1] < t) {
            // "binds CSF-1R and blocks ligand binding": what was said to be bound, between the agent and the verb, as
            // in "binds CXCR4 and prevents CXCL12 from activating it" (PrepositionalVerbs)
            patient = r.leftOf(si, t, t - left[1], patientTypes, right);
        }
        if (patient != null && s.lower(t + 1).equals(",") && SubjectSearch.relativeObject(r, si, left[0], agentTypes) != null) {
            patient = null; // "APOC3, which hepatocytes secrete, inhibits LPL": the clause's object is APOC3, before it
        }
        if (patient != null && modifiesAnotherNoun(s, right[1])) {
            // "inhibited CCI-induced allodynia": what is inhibited is the allodynia; but in "inhibited the
            // IL-2-induced production of IL-5" it is what that noun is made of
            patient = objectOfModifiedNoun(r, si, right[1], patientTypes, right);
            if (patient == null) {
                return;
            }
        }
        if (patient != null && rel == RelationType.BLOCKS) { // "inhibited binding of MIP-1beta to CCR5": the receptor
            patient = BindingVerbs.whatIsBlocked(r, si, agent, patient, right, patientTypes);
        }
        // "holds myeloma cells in the marrow": a cancer's name covers its cells' name but for "cells"
        int afterHeld = s.lower(right[1]).startsWith("cell") ? right[1] + 1 : right[1];
        int describedEnd = Parentheticals.descriptionEnd(s, afterHeld); // "hold CD8 T cells, the body's killers, at the border"
        afterHeld = describedEnd > 0 ? describedEnd + 1 : afterHeld;
        boolean where = s.lower(left[0] - 1).equals("where"); // "in the bone marrow, where CXCL12 holds them"
        if (patient != null && !HeldPlaces.keeps(r, si, sense.lemma(), left, t, afterHeld, where)) {
            return; // "tumours that held many T cells" contain them; "the tumour holds the Tregs close" keeps them
        }
        if (patient != null && STATE_LOCKING.contains(sense.lemma()) && !inInactiveState(s, right[1])) {
            return; // "locks the enzyme in an inactive shape" blocks it; "locks the door" or "locked in talks" does not
        }
        if (patient != null && sense.lemma().equals("make") && (s.token(right[1]).pos().equals("ADJ")
                || s.lower(right[0] - 1).equals("to") && s.token(right[0] - 2).pos().equals("ADJ"))) {
            return; // "made them vulnerable to docetaxel", "make the body less sensitive to insulin": a cause
        }
        if (patient != null && rel == RelationType.SECRETES && s.wordBetween(t, right[0], "against")) {
            return; // "plasmablasts produce antibodies against aquaporin-4": the antibodies are made, not their target
        }
        if (patient != null && expression && !isSecreted(patient)) {
            return; // "tumours expressed PD-L1": a membrane protein is expressed, not secreted
        }
        if (patient != null && (ObjectSearch.notTheProtein(rel, s, right[1])
                || s.lower(right[0] - 1).equals("by") && rel != RelationType.BLOCKS)) { // ("blocks signalling by X" blocks X)
            return; // "whose tumours carry the KRAS G12C mutation"; "raised interferon release by T cells": the doers
        }
        if (patient != null) {
            List<Argument> agents = VerbForms.ownRelativeClause(s, left[1], t) ? List.of(agent) // "and Y, which binds"
                    : r.withPrecedingConjuncts(si, agent, left[0], agentTypes);
            boolean between = possessor != null && ObjectSearch.isBetween(s, t); // "between A and B": A, B its partner
            List<Argument> patients = new java.util.ArrayList<>(between ? List.of(patient)
                    : r.withFollowingConjuncts(si, patient, right[1], patientTypes));
            BindingVerbs.addBoundBefore(r, si, patient, right, t, patientTypes, patients); // "binds X and Y and blocks"
            Argument bridged = sense.lemma().equals("bridge") ? BindingVerbs.bridgedPartner(r, si, right[1], patientTypes) : null;
            if (bridged != null) {
                patients.add(bridged); // "bridges BCMA on myeloma cells with CD3-expressing T cells"
            }
            Argument otherArm = rel == RelationType.BINDS ? BindingVerbs.otherArmTarget(r, si, right[1], patientTypes) : null;
            if (otherArm != null) {
                patients.add(otherArm); // "grabs BCMA on myeloma cells with one arm and CD3 on T cells with the other"
            }
            double confidence = t - left[1] > 12 ? 0.75 : 0.9;
            emitAll(r, sense, agents, patients, si, left, t, "verb-active", confidence, out);
            if (possessor != null && rel == RelationType.BLOCKS) {
                ObjectSearch.readInteractionPartners(r, si, t, patients, out); // "blocks its interaction with PD-1"
            }
            return;
        }
        int[] rel2 = new int[2];
        Mention antecedent = SubjectSearch.relativeObject(r, si, left[0], agentTypes);
        if (antecedent == null || r.argument(antecedent, patientTypes) == null) {
            Mention described = RelativeHeads.apposedBeforeObjectRelative(r, si, left[0], agentTypes);
            antecedent = described != null ? described : antecedent; // "PD-1, the brake on T cells that X blocks"
        }
        if (antecedent != null && r.argument(antecedent, patientTypes) != null) {
            if (expression && !isSecreted(r.argument(antecedent, patientTypes))) {
                return; // "CD74, which CLL cells express": a membrane protein is expressed on them, not secreted
            }
            // "CXCL12, which osteoblasts and stromal cells release", "CCR7, which the cancer cells display"
            List<Argument> agents = r.withPrecedingConjuncts(si, agent, left[0], agentTypes);
            // "lecanemab and donanemab, which the FDA approved": the clause is about every name it follows
            List<Argument> patients = r.withPrecedingConjuncts(si, r.argument(antecedent, patientTypes), antecedent.from(),
                    patientTypes);
            emitAll(r, sense, agents, patients, si, new int[] {antecedent.from(), antecedent.to()}, t, "verb-relative", 0.75, out);
            return;
        }
        Argument fronted = left[0] <= 4 ? null
                : ClassNamedDrugs.apposedDrug(r, si, r.leftOf(si, left[0], 4, patientTypes, rel2), rel2);
        // "neutrophils ... remain trapped": a conjunct, not a fronted object; "it is more targeted": a predicate
        boolean conjunct = fronted != null && (s.lower(rel2[1]).equals("and") || s.lower(rel2[1]).equals("or"));
        if (fronted != null && pastForm && !conjunct && !s.anyWordBetween(left[1] - 1, t, Copulas.COPULAS)) {
            emit(r, sense, agent, fronted, si, rel2, left, t, t, "verb-relative", 0.7, out);
        }
    }

    /** "in an inactive shape", "in its closed state" right after the object, which ends at {@code after}. */
    private static boolean inInactiveState(Sentence s, int after) {
        return s.lower(after).equals("in") && (INACTIVE.contains(s.lower(after + 1)) || INACTIVE.contains(s.lower(after + 2)));
    }

    /** What "express" can mean was secreted: a chemokine, or a protein named as a cytokine or growth factor. */
    static boolean isSecreted(Argument patient) {
        if (patient.node().type() == EntityType.CHEMOKINE) {
            return true;
        }
        return patient.node() instanceof Node.EntityNode e && (CytokineNames.isSecretedSignal(e.entity().preferredName())
                || CytokineNames.isSecretedSignal(patient.text()));
    }

    static void emit(Reading r, Trigger sense, Argument agent, Argument patient, int si, int[] firstArg,
                             int[] firstArgEnd, int triggerFrom, int triggerTo, String method, double confidence,
                             List<Statement> out) {
        List<Argument> subjects = List.of(sense.inverse() ? patient : agent);
        List<Argument> objects = List.of(sense.inverse() ? agent : patient);
        r.emit(sense.relation(), subjects, objects, si, firstArg[0], firstArgEnd[1], triggerFrom, triggerTo + 1, method,
                confidence, out);
    }

    static void emitAll(Reading r, Trigger sense, List<Argument> agents, List<Argument> patients, int si, int[] left,
                                int t, String method, double confidence, List<Statement> out) {
        List<Argument> subjects = sense.inverse() ? patients : agents;
        List<Argument> objects = sense.inverse() ? agents : patients;
        if (sense.relation() == RelationType.BINDS && BindingVerbs.AGONIST_VERBS.contains(sense.lemma())) {
            BindingVerbs.emitActivations(r, sense, subjects, objects, si, left, t, method, confidence, out);
            return;
        }
        r.emit(sense.relation(), subjects, objects, si, left[0], left[1], t, t + 1, method, confidence, out);
    }

    /** In "X-induced production of Y" (the participle at or after {@code after}), Y. */
    private static Argument objectOfModifiedNoun(Reading r, int si, int after, Set<EntityType> allowed, int[] found) {
        Sentence s = r.sentence(si);
        int noun = (s.lower(after).equals("-") ? after + 1 : after) + 1;
        if (!s.lower(noun + 1).equals("of") || r.startingAt(si, noun) != null) {
            return null;
        }
        return r.rightOf(si, noun + 1, 3, allowed, found);
    }

    /** A name followed by "-induced", "-mediated", "-dependent", ... (from token {@code after}) modifies the noun after it. */
    private static boolean modifiesAnotherNoun(Sentence s, int after) {
        int k = s.lower(after).equals("-") ? after + 1 : after;
        return CAUSE_PARTICIPLES.contains(s.lower(k));
    }

    /** Whether a name, perhaps after "the", opens the list at k that a class apposition announces ("the receptors, X"). */
    private static boolean nameAt(Reading r, int si, int k) {
        int at = r.sentence(si).lower(k).equals("the") ? k + 1 : k;
        org.litkg.recognition.Mention m = r.startingAt(si, at);
        return m != null && !m.anaphoric();
    }
}
