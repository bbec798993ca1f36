package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.analysis.Token;
import org.litkg.recognition.Cues;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * Relations expressed by a verb, found by the verb's form rather than its POS tag (the tagger calls
 * many of these verbs nouns). Reads the active voice ("AMD3100 blocks CXCR4"), the passive ("CXCR4
 * is blocked by mavorixafor"), reduced relatives ("a drug already approved by the FDA"), agency
 * compounds ("an FDA-approved drug called AMD3100"), object relatives ("a drug the FDA has
 * approved"), instruments ("By utilizing AMD3100, the scientists were able to block CXCR4": the
 * nearest drug before the verb), and coordinated arguments.
 */
final class VerbPatterns {

    private static final int LEFT_WINDOW = 25;
    private static final int RIGHT_WINDOW = 10;
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "get", "gets", "got");
    private static final Set<String> ADVERB_LIKE = Set.of("not", "n't", "also", "already", "currently", "now", "still",
            "then", "yet", "further", "never", "recently", "previously", "first", "since", "just", "only", "even");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "their", "our");
    /** Prepositions that open a modifier between a subject and its verb: "fibroblasts in the stroma release". */
    private static final Set<String> MODIFIER_PREPOSITIONS = Set.of("in", "within", "inside", "of", "from", "around", "near", "at");
    private static final Set<String> CAUSE_PARTICIPLES = Set.of("induced", "mediated", "dependent", "evoked", "stimulated",
            "driven", "triggered", "caused", "elicited", "activated", "provoked");
    private static final Set<String> INSTRUMENT_LINKS = Set.of("with", "using", "by");
    private static final Set<String> EXPRESSION_VERBS = Set.of("express", "overexpress");
    /** Names of secreted signalling proteins besides chemokines: interleukins, interferons, TNF, growth factors. */
    private static final java.util.regex.Pattern SECRETED_NAME = java.util.regex.Pattern.compile(
            "(?i)(il-?\\d.*|interleukin.*|ifn.*|interferon.*|tnf.*|tumou?r necrosis factor.*|.*growth factor.*|vegf.*|tgf.*"
            + "|.*colony-stimulating factor.*|[gm]?-?csf\\d?|.*cytokine.*)");

    private final TriggerLexicon triggers;

    VerbPatterns(TriggerLexicon triggers) {
        this.triggers = triggers;
    }

    void read(Reading r, int si, List<Statement> out) {
        Sentence s = r.sentence(si);
        for (int t = 0; t < s.size(); t++) {
            Token verb = s.token(t);
            List<Trigger> senses = triggers.senses(verb.lemma());
            boolean afterAdjective = t > 0 && s.token(t - 1).pos().equals("ADJ") && !verb.lower().endsWith("ed");
            int head = Reading.beforeParenthetical(s, t - 2); // "suppressor cells (MDSCs) that carry CXCR2"
            boolean relativeThat = s.lower(t - 1).equals("that") && t >= 2 && head >= 0
                    && (isNominal(s.token(head)) || r.endingAt(si, head) != null || isDrugNoun(r, s.lower(head)));
            if (senses.isEmpty() || (DETERMINERS.contains(s.lower(t - 1)) && !relativeThat) || afterAdjective) {
                continue; // "the block", "a trap": a noun
            }
            if (verb.lower().equals(verb.lemma()) && beBefore(s, t)) {
                continue; // "it is not yet clear", "the cells are free": an adjective
            }
            for (Trigger sense : senses) {
                readSense(r, si, t, sense, out);
            }
        }
    }

    private void readSense(Reading r, int si, int t, Trigger sense, List<Statement> out) {
        Sentence s = r.sentence(si);
        RelationType rel = sense.relation();
        Set<EntityType> agentTypes = sense.inverse() ? rel.range() : rel.domain();
        Set<EntityType> patientTypes = sense.inverse() ? rel.domain() : rel.range();
        int[] left = new int[2];
        int[] right = new int[2];
        boolean compound = s.lower(t - 1).equals("-");
        if (compound && s.lower(t).endsWith("ing")) {
            // "CXCR3-expressing CD8+ T cells", "CXCL12-secreting fibroblasts": the name before the hyphen is the
            // object of the noun after it (but in "FDA-approved drug" the name before is the agent, below)
            Mention before = r.endingAt(si, t - 2);
            Argument patient = before == null ? null : r.argument(before, patientTypes);
            Argument agent = patient == null ? null : r.rightOf(si, t, 4, agentTypes, right);
            if (agent != null) {
                int[] named = {before.from(), before.to()};
                emit(r, sense, agent, patient, si, named, named, before.from(), t, "verb-compound", 0.85, out);
            }
            return;
        }
        if (compound) {
            Mention before = r.endingAt(si, t - 2);
            Argument agent = before == null ? null : r.argument(before, agentTypes);
            Argument patient = agent == null ? null : r.rightOf(si, t, 5, patientTypes, right);
            if (patient == null && agent != null) {
                patient = r.apposedName(si, before.from(), patientTypes, right); // "maraviroc, an FDA-approved antiretroviral"
            }
            if (patient != null) {
                emit(r, sense, agent, patient, si, right, right, before.from(), t, "verb-compound", 0.85, out);
            }
            return;
        }
        if (!sense.preposition().isEmpty()) {
            readWithPreposition(r, si, t, sense, out);
            return;
        }
        boolean pastForm = isPastForm(s.token(t));
        int by = isAdverb(s.lower(t + 1)) && s.lower(t + 2).equals("by") ? t + 2 : t + 1; // "produced mainly by"
        boolean byAgent = pastForm && s.lower(by).equals("by");
        if (pastForm && (byAgent || beBefore(s, t))) {
            Argument patient = r.leftOf(si, t, LEFT_WINDOW, patientTypes, left);
            Argument agent = byAgent ? r.rightOf(si, by, 6, agentTypes, right) : null;
            if (patient != null && modifiesAnotherNoun(s, left[1])) {
                return; // "TOP2-mediated DNA cleavage was antagonized by X": the cleavage is, not TOP2
            }
            if (patient != null && s.lower(beforeConjuncts(r, si, left[0], patientTypes)).equals("by")) {
                return; // "is not mediated by PDE1, ... or PDE11 and is inhibited by X": those are another verb's agents
            }
            if (patient != null && agent != null) {
                List<Argument> patients = r.withPrecedingConjuncts(si, patient, left[0], patientTypes);
                List<Argument> agents = new java.util.ArrayList<>(r.withFollowingConjuncts(si, agent, right[1], agentTypes));
                agents.addAll(coordinatedByAgents(r, si, right[1], agentTypes));
                emitAll(r, sense, agents, patients, si, left, t, "verb-passive", 0.9, out);
            }
            return;
        }
        if (Reading.RELATIVE_PRONOUNS.contains(s.lower(t - 1)) && !antecedentAllowed(r, si, t - 1, agentTypes)) {
            return; // "release CXCL12, which traps T cells": the trapping is CXCL12's, not the releaser's
        }
        // "chemokines that recruit T cells by binding CCR4": the subject of a "by"-gerund is the clause's,
        // so a name of another type just before "by" does not stop the search
        boolean byGerund = s.lower(t - 1).equals("by") && s.lower(t).endsWith("ing");
        Argument agent = r.leftOf(si, t, LEFT_WINDOW, agentTypes, left, !byGerund);
        if (agent == null && s.lower(t - 1).equals("and")) {
            // "Motixafortide blocks CXCR4 and releases the stem cells": a second verb shares the first one's subject
            agent = r.leftOf(si, t, LEFT_WINDOW, agentTypes, left, false);
        }
        if (agent == null && s.lower(t - 1).equals(",")) {
            // "An antibody called CAP-100, developed by Catapult Therapeutics, inhibits CCR7"
            Mention before = r.subjectBeforeParenthetical(si, t - 1);
            agent = before == null ? null : r.argument(before, agentTypes);
            if (agent != null) {
                left[0] = before.from();
                left[1] = before.to();
            }
        }
        if (agent == null) {
            readInstrumentAfter(r, si, t, sense, agentTypes, patientTypes, out);
            return;
        }
        agent = headBeforeModifier(r, si, agent, agentTypes, left);
        agent = headBeforeRelativeClause(r, si, agent, agentTypes, left);
        Argument named = r.apposedName(si, left[0], agentTypes, left);
        if (named != null) {
            agent = named; // "Glioblastoma, the most common brain tumor in adults, releases CXCL12"
        }
        Argument patient = r.rightOf(si, t, RIGHT_WINDOW, patientTypes, right, !sense.lemma().equals("bind"));
        if (patient != null && modifiesAnotherNoun(s, right[1])) {
            // "inhibited CCI-induced allodynia": what is inhibited is the allodynia; but in "inhibited the
            // IL-2-induced production of IL-5" it is what that noun is made of
            patient = objectOfModifiedNoun(r, si, right[1], patientTypes, right);
            if (patient == null) {
                return;
            }
        }
        if (patient != null && rel == RelationType.BLOCKS && s.lower(right[0] - 1).equals("of") && s.lower(right[0] - 2).equals("binding")) {
            // "maraviroc inhibited binding of MIP-1beta to CCR5": what is blocked is the receptor the ligand binds
            int to = s.lower(right[1]).equals("to") ? right[1] : -1;
            patient = to < 0 ? null : r.rightOf(si, to, 3, patientTypes, right);
        }
        boolean expression = rel == RelationType.SECRETES && EXPRESSION_VERBS.contains(sense.lemma());
        if (patient != null && expression && !isSecreted(patient)) {
            return; // "tumours expressed PD-L1": a membrane protein is expressed, not secreted
        }
        if (patient != null) {
            List<Argument> agents = r.withPrecedingConjuncts(si, agent, left[0], agentTypes);
            List<Argument> patients = r.withFollowingConjuncts(si, patient, right[1], patientTypes);
            double confidence = t - left[1] > 12 ? 0.75 : 0.9;
            emitAll(r, sense, agents, patients, si, left, t, "verb-active", confidence, out);
            return;
        }
        int[] rel2 = new int[2];
        Mention antecedent = relativeObject(r, si, left[0], agentTypes);
        if (antecedent != null && r.argument(antecedent, patientTypes) != null) {
            // "CXCL12, which osteoblasts and stromal cells release", "CCR7, which the cancer cells display"
            List<Argument> agents = r.withPrecedingConjuncts(si, agent, left[0], agentTypes);
            List<Argument> patients = List.of(r.argument(antecedent, patientTypes));
            emitAll(r, sense, agents, patients, si, new int[] {antecedent.from(), antecedent.to()}, t, "verb-relative", 0.75, out);
            return;
        }
        Argument fronted = left[0] <= 4 ? null : r.leftOf(si, left[0], 4, patientTypes, rel2);
        if (fronted != null && pastForm) {
            emit(r, sense, agent, fronted, si, rel2, left, t, t, "verb-relative", 0.7, out);
        }
    }

    /**
     * In "X, which A and B release", the X a relative clause's subject follows: the mention before
     * "which" or "that", past the subject's determiner and the conjuncts before it; null if none.
     */
    private static Mention relativeObject(Reading r, int si, int subjectStart, Set<EntityType> subjectTypes) {
        Sentence s = r.sentence(si);
        int k = beforeConjuncts(r, si, subjectStart, subjectTypes);
        if (k <= 0 || !Reading.RELATIVE_PRONOUNS.contains(s.lower(k))) {
            return null;
        }
        int end = s.lower(k - 1).equals(",") ? k - 2 : k - 1;
        Mention m = r.endingAt(si, end);
        // "CCR4, a receptor that Tregs carry": an apposed noun stands for the name before it
        boolean apposition = m != null && m.anaphoric() && s.lower(m.from() - 1).equals(",");
        return m == null || m.anaphoric() && !apposition ? null : m;
    }

    /** "X was combined with Y", "the team combined it with Y", "X combined with Y". */
    private void readWithPreposition(Reading r, int si, int t, Trigger sense, List<Statement> out) {
        Sentence s = r.sentence(si);
        int prep = -1;
        for (int k = t + 1; k < Math.min(s.size(), t + 6); k++) {
            if (s.lower(k).equals(sense.preposition())) {
                prep = k;
                break;
            }
        }
        if (prep < 0 || s.lower(prep + 1).equals("or") && s.lower(prep + 2).equals("without")) {
            return; // "with or without nivolumab": an option, not a combination
        }
        RelationType rel = sense.relation();
        Set<EntityType> agentTypes = sense.inverse() ? rel.range() : rel.domain();
        Set<EntityType> patientTypes = sense.inverse() ? rel.domain() : rel.range();
        int[] first = new int[2];
        int[] second = new int[2];
        Argument a = r.rightOf(si, t, prep - t - 1, agentTypes, first);
        // "received tacrolimus and methotrexate with either maraviroc or placebo"
        List<Argument> agents = a == null ? List.of() : r.withFollowingConjuncts(si, a, first[1], agentTypes);
        if (a == null) {
            a = r.leftOf(si, t, LEFT_WINDOW, agentTypes, first);
            // "Pancreatic cancer cells and the stromal cells around them pump out CCL2"
            agents = a == null ? List.of() : r.withPrecedingConjuncts(si, headBeforeModifier(r, si, a, agentTypes, first),
                    first[0], agentTypes);
        }
        if (a == null && t == 0) {
            a = subjectAfterFrontedClause(r, si, prep, agentTypes, first); // "Given with filgrastim, it mobilised"
            agents = a == null ? List.of() : List.of(a);
        }
        // a particle right after the verb ("switch on CCR5, and CCL5 ...") takes the first name after it as its object
        boolean particle = prep == t + 1 && !sense.preposition().equals("with") && !sense.preposition().equals("to");
        Argument b = a == null ? null : r.rightOf(si, prep, RIGHT_WINDOW, patientTypes, second, particle);
        Mention found = b == null ? null : r.startingAt(si, second[0]);
        Mention named = r.drugNamedByClass(found); // "tested with the checkpoint inhibitor pembrolizumab"
        if (named != found) {
            b = r.argument(named, patientTypes);
            second[1] = named.to();
        }
        if (b != null) {
            List<Argument> patients = r.withFollowingConjuncts(si, b, second[1], patientTypes);
            List<Argument> subjects = sense.inverse() ? patients : agents;
            List<Argument> objects = sense.inverse() ? agents : patients;
            r.emit(rel, subjects, objects, si, first[0], first[1], t, t + 1, "verb-with", 0.85, out);
        }
    }

    /** "approved by the FDA in 2021 and later by the European Medicines Agency": the agents of a coordinated "by". */
    private static List<Argument> coordinatedByAgents(Reading r, int si, int after, Set<EntityType> agentTypes) {
        Sentence s = r.sentence(si);
        List<Argument> more = new java.util.ArrayList<>();
        boolean and = false;
        for (int k = after; k < Math.min(s.size() - 1, after + 8); k++) {
            String w = s.lower(k);
            if (w.equals(",") && !and || w.equals(".") || w.equals(";")) {
                break;
            }
            if (w.equals("and")) {
                and = true;
                String between = s.lower(k + 1);
                boolean adverb = between.equals("later") || ADVERB_LIKE.contains(between) || between.endsWith("ly");
                if (!between.equals("by") && !adverb) {
                    break; // "approved by the FDA and funded by the NIH": another verb's agent
                }
            } else if (and && w.equals("by")) {
                int[] found = new int[2];
                Argument agent = r.rightOf(si, k, 3, agentTypes, found);
                if (agent != null) {
                    more.add(agent);
                }
                break;
            }
        }
        return more;
    }

    /** What "express" can mean was secreted: a chemokine, or a protein named as a cytokine or growth factor. */
    private static boolean isSecreted(Argument patient) {
        if (patient.node().type() == EntityType.CHEMOKINE) {
            return true;
        }
        return patient.node() instanceof Node.EntityNode e && (SECRETED_NAME.matcher(e.entity().preferredName()).matches()
                || SECRETED_NAME.matcher(patient.text()).matches());
    }

    /** The token before the conjuncts (of the given types, with their determiners) that end just before {@code start}. */
    private static int beforeConjuncts(Reading r, int si, int start, Set<EntityType> types) {
        Sentence s = r.sentence(si);
        int k = start - 1;
        while (k > 0) {
            Mention m = r.endingAt(si, k);
            boolean determiner = DETERMINERS.contains(s.lower(k)) && !Reading.RELATIVE_PRONOUNS.contains(s.lower(k));
            if (determiner || s.lower(k).equals("and") || s.lower(k).equals("or") || s.lower(k).equals(",")) {
                k--;
            } else if (m != null && r.argument(m, types) != null) {
                k = m.from() - 1;
            } else {
                break;
            }
        }
        return k;
    }

    /** "the team blocked CXCR3 with the small molecule AMG 487": the drug is the instrument, and so the agent. */
    private static void readInstrumentAfter(Reading r, int si, int t, Trigger sense, Set<EntityType> agentTypes,
                                            Set<EntityType> patientTypes, List<Statement> out) {
        Sentence s = r.sentence(si);
        if (sense.inverse() || !agentTypes.contains(EntityType.DRUG)) {
            return;
        }
        int[] right = new int[2];
        Argument patient = r.rightOf(si, t, 4, patientTypes, right, true);
        if (patient == null || !INSTRUMENT_LINKS.contains(s.lower(right[1]))) {
            return;
        }
        int[] drugAt = new int[2];
        Argument drug = r.rightOf(si, right[1], 5, agentTypes, drugAt);
        if (drug != null) {
            emit(r, sense, drug, patient, si, drugAt, drugAt, t, t, "verb-instrument", 0.8, out);
        }
    }

    /** The subject right after the comma that closes a sentence-initial participle clause. */
    private static Argument subjectAfterFrontedClause(Reading r, int si, int from, Set<EntityType> allowed, int[] found) {
        Sentence s = r.sentence(si);
        for (int k = from; k < Math.min(s.size() - 1, from + 10); k++) {
            if (s.lower(k).equals(",")) {
                int subject = DETERMINERS.contains(s.lower(k + 1)) ? k + 2 : k + 1;
                Mention m = r.startingAt(si, subject);
                Argument a = m != null ? r.argument(m, allowed) : r.pronoun(si, subject, allowed);
                if (a != null) {
                    found[0] = subject;
                    found[1] = m != null ? m.to() : subject + 1;
                }
                return a;
            }
        }
        return null;
    }

    private static void emit(Reading r, Trigger sense, Argument agent, Argument patient, int si, int[] firstArg,
                             int[] firstArgEnd, int triggerFrom, int triggerTo, String method, double confidence,
                             List<Statement> out) {
        List<Argument> subjects = List.of(sense.inverse() ? patient : agent);
        List<Argument> objects = List.of(sense.inverse() ? agent : patient);
        r.emit(sense.relation(), subjects, objects, si, firstArg[0], firstArgEnd[1], triggerFrom, triggerTo + 1, method,
                confidence, out);
    }

    private static void emitAll(Reading r, Trigger sense, List<Argument> agents, List<Argument> patients, int si, int[] left,
                                int t, String method, double confidence, List<Statement> out) {
        List<Argument> subjects = sense.inverse() ? patients : agents;
        List<Argument> objects = sense.inverse() ? agents : patients;
        r.emit(sense.relation(), subjects, objects, si, left[0], left[1], t, t + 1, method, confidence, out);
    }

    /**
     * The word a relative pronoun at {@code pronoun} stands for: the mention right before it (after a
     * comma, if any), or, for a bare noun apposed to mentions ("CCL22 and CCL17, chemokines that
     * recruit"), the mention before that apposition. Whether it can be the subject.
     */
    private static boolean antecedentAllowed(Reading r, int si, int pronoun, Set<EntityType> allowed) {
        Sentence s = r.sentence(si);
        int k = pronoun - 1;
        if (s.lower(k).equals(",")) {
            k--;
        }
        Mention m = r.endingAt(si, k);
        if (m != null) {
            return r.argument(m, allowed) != null;
        }
        if (!isNominal(s.token(k))) {
            return true; // not a noun phrase we can read: leave it to the usual search
        }
        int j = k;
        while (j > 0 && (isNominal(s.token(j)) || s.token(j).pos().equals("ADJ")) && r.endingAt(si, j) == null) {
            j--;
        }
        if (Reading.ARTICLES.contains(s.lower(j)) || s.lower(j).equals("both")) {
            j--; // "CXCL1 and CXCL5, two chemokines that attract neutrophils"
        }
        if (s.lower(j).equals(",")) {
            Mention apposed = r.endingAt(si, j - 1);
            return apposed != null && r.argument(apposed, allowed) != null;
        }
        return true;
    }

    /**
     * "Cancer-associated fibroblasts in the stroma release CXCL12": when the nearest candidate sits in a
     * prepositional modifier, the subject is the head before it, if that head can be.
     */
    private static Argument headBeforeModifier(Reading r, int si, Argument agent, Set<EntityType> allowed, int[] found) {
        Sentence s = r.sentence(si);
        int p = found[0] - 1;
        // "dendritic cells in responding tumors produce": skip the modifier's own adjectives
        for (int k = 0; k < 2 && p > 0 && isModifierWord(s.token(p)) && r.endingAt(si, p) == null; k++) {
            p--;
        }
        if (DETERMINERS.contains(s.lower(p))) {
            p--;
        }
        return MODIFIER_PREPOSITIONS.contains(s.lower(p)) ? nameEndingAt(r, si, p - 1, allowed, agent, found) : agent;
    }

    /** The name ending at token {@code end} if it can fill the role ({@code found} gets its tokens), else {@code otherwise}. */
    private static Argument nameEndingAt(Reading r, int si, int end, Set<EntityType> allowed, Argument otherwise, int[] found) {
        Mention head = r.endingAt(si, end);
        Argument headArgument = head == null || head.anaphoric() ? null : r.argument(head, allowed);
        if (headArgument == null) {
            return otherwise;
        }
        found[0] = head.from();
        found[1] = head.to();
        return headArgument;
    }

    /**
     * "the Tregs that follow it into the tumour release VEGF": when the nearest candidate ends a restrictive
     * relative clause ("that"/"who" and its verb), the subject is the head the clause modifies.
     */
    private static Argument headBeforeRelativeClause(Reading r, int si, Argument agent, Set<EntityType> allowed, int[] found) {
        Sentence s = r.sentence(si);
        for (int k = found[0] - 1; k > 0 && k >= found[0] - 8; k--) {
            String w = s.lower(k);
            if (w.equals(",") || r.endingAt(si, k) != null) {
                return agent;
            }
            if (w.equals("that") || w.equals("who")) {
                if (k + 1 >= found[0] || !isVerbLike(s.token(k + 1))) {
                    return agent; // "found that the tumour releases": a clause, not a relative
                }
                return nameEndingAt(r, si, k - 1, allowed, agent, found);
            }
        }
        return agent;
    }

    private static boolean isVerbLike(Token t) {
        return t.pos().equals("VERB") || t.pos().equals("AUX") || !t.lower().equals(t.lemma()) && t.pos().equals("NOUN");
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

    private static boolean isModifierWord(Token t) {
        // the tagger calls "responding" in "responding tumors" a noun, so the ending decides
        return t.pos().equals("ADJ") || t.lower().endsWith("ing") || t.lower().endsWith("ed");
    }

    /**
     * "a peptide that inhibits": a noun (or a mention, whatever its tag: the tagger calls
     * "antibody" an adjective) before "that" makes it a relative pronoun, not a determiner.
     */
    private static boolean isNominal(Token t) {
        return t.pos().equals("NOUN") || t.pos().equals("PROPN") || t.text().chars().anyMatch(Character::isDigit);
    }

    /** "a kinase inhibitor that blocks": the tagger calls "inhibitor" a preposition, but it is the head a relative follows. */
    private static boolean isDrugNoun(Reading r, String w) {
        String lemma = org.litkg.analysis.Lemmatizer.singular(w);
        return r.cues.is(Cues.Category.DRUG_CLASS_HEAD, lemma) || r.cues.is(Cues.Category.DRUG_NOUN, lemma);
    }

    private static boolean isPastForm(Token t) {
        String w = t.lower();
        return !w.equals(t.lemma()) && !w.endsWith("ing") && !(w.endsWith("s") && !w.endsWith("ss"));
    }

    private static boolean isAdverb(String w) {
        return w.endsWith("ly") || ADVERB_LIKE.contains(w);
    }

    private static boolean beBefore(Sentence s, int t) {
        for (int k = t - 1; k >= Math.max(0, t - 4); k--) {
            String w = s.lower(k);
            if (BE.contains(w)) {
                return true;
            }
            if (!ADVERB_LIKE.contains(w) && !w.endsWith("ly")) {
                return false;
            }
        }
        return false;
    }
}
