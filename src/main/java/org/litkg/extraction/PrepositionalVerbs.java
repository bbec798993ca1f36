package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * Verbs whose second argument comes after a preposition: "X was combined with Y", "binds CXCR4 and prevents
 * CXCL12 from activating it", "switch on CCR5". The preposition is the trigger's, from the verb table.
 */
final class PrepositionalVerbs {

    private PrepositionalVerbs() {
    }

    /** How far after "alongside" its partner may start: "alongside their usual inhaled steroids". */
    private static final int ALONGSIDE_REACH = 3;
    /** Words that end a particle verb's clause right after its particle: "switches on and releases". */
    private static final java.util.Set<String> CLAUSE_ENDS = java.util.Set.of("and", "or", ",", ".", ";", "but");
    /** Particles that may stand after their verb's object: "switch it on", "set them free", "send them into". */
    private static final java.util.Set<String> SPLIT_PARTICLES = Set.of("on", "out", "up", "free", "loose", "into");
    /** How far after its verb a split particle may be: "lets the white blood cells out". */
    private static final int SPLIT_REACH = 5;

    /** A name that starts at k (after its article) right after a verb: the object of that verb. */
    private static boolean isVerbObject(Sentence s, int k) {
        if (s.lower(k).endsWith("self") || s.lower(k).endsWith("selves")) {
            return false; // "tumours protect themselves by drawing in Tregs": the object is the subject
        }
        int before = k - 1 >= 0 && s.token(k - 1).pos().equals("DET") ? k - 2 : k - 1; // mentions may start at "the"
        return before >= 0 && s.token(before).pos().equals("VERB") && !s.token(before).isCapitalised();
    }

    /** How far after its verb a pair taken together may be named: "get the two drugs together". */
    private static final int OBJECT_REACH = 4;

    /** Verbs whose plural subject does them to each other; "obicetrapib was added" is added to something else. */
    private static final Set<String> RECIPROCAL = Set.of("combine", "pair");

    /**
     * "Ibrutinib and venetoclax can be combined", "the two drugs could be combined": a symmetric relation in the
     * passive, with no preposition, holds between the things its plural subject names.
     */
    private static void reciprocal(Reading r, int si, int t, Trigger sense, Set<EntityType> types, List<Statement> out) {
        Sentence s = r.sentence(si);
        boolean together = s.lower(t + 1).equals("together"); // "the two drugs should not be used together"
        int[] pair = new int[2];
        Argument taken = VerbForms.beBefore(s, t) ? null : r.rightOf(si, t, OBJECT_REACH, types, pair, true);
        if (taken != null && taken.reference() && s.lower(pair[1]).equals("together") && !s.lower(pair[1] + 1).equals("with")) {
            // "I get the two drugs together": the pair the object names is taken as one
            r.emit(sense.relation(), List.of(taken), List.of(taken), si, pair[0], pair[1], t, t + 1, "verb-reciprocal", 0.8,
                    out);
            return;
        }
        if (!RECIPROCAL.contains(sense.lemma()) && !together || !VerbForms.isPastForm(s.token(t))
                || !VerbForms.beBefore(s, t)) {
            return;
        }
        int[] found = new int[2];
        Argument last = r.leftOf(si, t, VerbPatterns.LEFT_WINDOW, types, found);
        List<Argument> members = last == null ? List.of() : last.reference() ? List.of(last)
                : r.withPrecedingConjuncts(si, last, found[0], types);
        if (last != null && (last.reference() || members.size() > 1)) {
            r.emit(sense.relation(), members, members, si, found[0], found[1], t, t + 1, "verb-reciprocal", 0.8, out);
        }
    }

    private static boolean receptorWordAfter(Sentence s, int t) {
        for (int k = t + 1; k < Math.min(s.size(), t + VerbPatterns.RIGHT_WINDOW); k++) {
            if (s.lower(k).startsWith("receptor")) {
                return true;
            }
        }
        return false;
    }

    /** What a drug marks a protein for when it blocks it: "marks it for destruction". */

    /** Whether an amount noun stands between the verb at t and the preposition at prep. */
    private static boolean amountNounBetween(Sentence s, int t, int prep) {
        for (int k = t + 1; k < prep; k++) {
            if (AmountPhrases.AMOUNT_NOUNS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an entity is named after the preposition and before token k. */
    private static boolean mentionBetween(Reading r, int si, int prep, int k) {
        for (int j = prep + 1; j < k; j++) {
            if (r.startingAt(si, j) != null) {
                return true;
            }
        }
        return false;
    }

    /** "X was combined with Y", "the team combined it with Y": the types are the sense's, as verb patterns narrowed. */
    static void read(Reading r, int si, int t, Trigger sense, Set<EntityType> agentTypes, Set<EntityType> patientTypes,
                     List<Statement> out) {
        Sentence s = r.sentence(si);
        if (sense.preposition().equals("through") && sense.relation() == RelationType.BINDS && !receptorWordAfter(s, t)) {
            // "CXCL12 signals through CXCR4" and "through a receptor made of OSMRβ and gp130" bind a receptor;
            // "RAS signals through RAF and MEK" names a pathway
            patientTypes = java.util.EnumSet.of(EntityType.RECEPTOR);
        }
        if (sense.preposition().equals("of") && AmountPhrases.read(r, si, t, sense, agentTypes, patientTypes, out)) {
            return; // "the levels of MIF were reduced by X", "X decreased MIF expression"
        }
        int prep = PrepositionSearch.find(r, si, t, sense);
        if (prep > 0 && sense.preposition().equals("of") && !amountNounBetween(s, t, prep)) {
            return; // "reduces the risk of": only what a protein's amount or making is lowered blocks it
        }
        if (prep > 0 && sense.preposition().equals("for") && !DoomedObjects.DOOMS.contains(s.lower(prep + 1))) {
            return; // only "marks it for destruction" blocks; "marks stem cells for sorting" does not
        }
        if (prep > 0 && sense.preposition().equals("into") && !LeavingCells.intoBlood(s, prep)) {
            return; // "sends stem cells into the blood" frees them; "drives T cells into the tumour" does not
        }
        if (prep < 0) { // "but when we added dupilumab" adds it to the drug the clause before is about
            if (!AddedPartners.read(r, si, t, sense, agentTypes, out) && sense.preposition().equals("with")) {
                // once per verb: "taken together" is no "alongside" reading
                reciprocal(r, si, t, sense, agentTypes, out);
            }
            return;
        }
        if (s.lower(prep + 1).equals("or") && s.lower(prep + 2).equals("without")) {
            return; // "with or without nivolumab": an option, not a combination
        }

        RelationType rel = sense.relation();
        int[] first = new int[2];
        int[] second = new int[2];
        if (ParticlePassives.read(r, si, t, prep, sense, agentTypes, patientTypes, out)) {
            return; // "it is pumped out by macrophages", "the cells are thereby set free"
        }
        if ((s.lower(t + 1).equals("themselves") || s.lower(t + 1).equals("itself")) && rel != RelationType.EXPRESSED_ON) {
            return; // "two proteins that T cells use to switch themselves off" (but "cells cover themselves in BCMA")
        }
        boolean relativeAfterComma = (s.lower(t - 1).equals("which") || s.lower(t - 1).equals("that")) && s.lower(t - 2).equals(",");
        if ((relativeAfterComma || s.lower(t - 1).equals("that")
                && r.apposedName(si, t - 2, VerbPatterns.ANY_NAMED, new int[2]) != null)
                && !SubjectSearch.antecedentAllowed(r, si, t - 1, agentTypes) && Copulas.predicateBeforeClause(r, si, t, true) < 0) {
            // "its interaction with KMT2A, which turns off HOXA9": the clause is KMT2A's, not the drug's; "two
            // chemokines, CCL17 and CCL22, that draw in T cells", "CCL22, a chemokine that draws in regulatory T
            // cells": the chemokines', which draw but do not trap
            return;
        }
        boolean keptAway = sense.preposition().equals("from") || sense.preposition().equals("off") && prep > t + 1
                || sense.preposition().equals("for"); // "stops it from reaching", "keeps X off it": what is kept, no agent
        if (keptAway && (sense.preposition().equals("off") && !offSomethingNamed(r, si, prep)
                || sense.preposition().equals("from") && CellsKeptAway.cellsAfter(r, si, t, prep))) {
            return; // "keeps patients off steroids"; "stops these cells from crossing": cells kept away, no ligand
        }
        // "switches CD137 on only where ...", "pump CCL2 out": a particle split from its verb by a name takes it
        List<org.litkg.recognition.Mention> between = SPLIT_PARTICLES.contains(sense.preposition()) && prep > t + 1
                && prep - t <= SPLIT_REACH ? java.util.stream.IntStream.range(t + 1, prep)
                        .mapToObj(k -> r.startingAt(si, k)).filter(java.util.Objects::nonNull).toList() : List.of();
        boolean splitParticle = !between.isEmpty();
        boolean pronounBetween = prep == t + 2 && (s.lower(t + 1).equals("it") || s.lower(t + 1).equals("them"));
        boolean mopUp = sense.relation() == RelationType.BLOCKS && sense.preposition().equals("up") // "soaks it up"
                || sense.relation() == RelationType.MOBILIZES && (sense.preposition().equals("out") // "push them out"
                || sense.preposition().equals("free") || sense.preposition().equals("loose")); // "sets them free"
        if (between.isEmpty() && pronounBetween && mopUp) {
            PronounParticles.read(r, si, t, sense, agentTypes, patientTypes, out); // "binds CCL2 and soaks it up"
            return;
        }
        // "filgrastim, which pushes stem cells out": the antecedent acts; "X, a form of G-CSF that pushes": the form, X
        boolean relativeDoer = Reading.RELATIVE_PRONOUNS.contains(s.lower(t - 1))
                && (SubjectSearch.antecedentAllowed(r, si, t - 1, agentTypes)
                || Copulas.predicateBeforeClause(r, si, t, false) >= 0);
        if (splitParticle && (Reading.RELATIVE_PRONOUNS.contains(s.lower(t - 1)) && !relativeDoer
                || between.stream().anyMatch(m -> m.anaphoric() && m.type().kind() != EntityType.Kind.DISEASE))) {
            return; // "a mutation in KIT, which switches the receptor on" (but "drives the tumour cells out" names one)
        }
        Argument a = keptAway || splitParticle ? null : r.rightOf(si, t, prep - t - 1, agentTypes, first);
        // "received tacrolimus and methotrexate with either maraviroc or placebo"
        List<Argument> agents = a == null ? List.of() : r.withFollowingConjuncts(si, a, first[1], agentTypes);
        if (a == null) {
            a = r.leftOf(si, t, VerbPatterns.LEFT_WINDOW, agentTypes, first);
            a = PurposeClauses.pastPartner(r, si, t, a, agentTypes, first); // "X together with Y to push the cells out"
            if (a != null && first[1] == t - 1 && s.lower(t - 1).equals("and")) {
                a = SharedSubjects.whichClauseSubject(r, si, a, agentTypes, first); // "which sit on X and switch on Y"
            }
            if (a != null && VerbForms.byGerund(s, t) && isVerbObject(s, first[0])) {
                a = null; // "tumours escape the drug by switching on MET": the clause's subject acts, not its object
            }
            // "Pancreatic cancer cells and the stromal cells around them pump out CCL2"
            Argument head = a == null ? null : ModifiedSubjects.headBeforeModifier(r, si, a, agentTypes, first);
            agents = head == null ? List.of() : r.withPrecedingConjuncts(si, head, first[0], agentTypes);
        }
        if (a == null && (t == 0 || s.lower(t - 1).equals(";"))) {
            // "Given with filgrastim, it mobilised", "...; given with paclitaxel, it worked better still"
            a = FrontedPhraseSubjects.subjectAfterFrontedClause(r, si, prep, agentTypes, first);
            agents = a == null ? List.of() : List.of(a);
        }
        if (a == null && isFrontedCombination(s, t, rel) && noDrugBeforeOrAfterObject(r, si, prep)) {
            // "We used AZD8797 ... But combined with temozolomide, the effect was bigger than either alone": the clause
            // names only the partner, so what is combined with it is the drug the text is about
            Node.EntityNode topic = r.topicDrugs().mostNamedDrug(si, 0, agentTypes, null);
            a = topic == null ? null : new Argument(topic, s.token(t).span(), s.token(t).text(), true);
            first[0] = t;
            first[1] = t + 1;
            agents = a == null ? List.of() : List.of(a);
        }
        if (a == null && (a = PurposeClauses.imperativeUser(r, si, t, prep, agentTypes)) != null) {
            first[0] = s.lower(t - 1).equals("not") ? t - 2 : t; // a label's "Use with filgrastim", "Do not use with"
            first[1] = first[0] + 1; // the drug the label is about; "not" stands after its place, denying the use
            agents = List.of(a);
        }
        if (a == null && (a = LabelSubjects.subject(r, si, t, agentTypes, first)) != null) {
            agents = List.of(a); // "Pembrolizumab: anti-PD-1; approved with chemotherapy"
        }
        // a particle right after the verb ("switch on CCR5, and CCL5 ...") takes the first name after it as its object
        boolean particle = prep == t + 1 && !sense.preposition().equals("with") && !sense.preposition().equals("to");
        // "FAK, which tumour cells switch on to escape MEK inhibition": a purpose clause, not the particle's object
        boolean purpose = particle && s.lower(prep + 1).equals("to") && r.startingAt(si, prep + 2) == null; // not "latch on to CCR4"
        boolean intransitive = particle && CLAUSE_ENDS.contains(s.lower(prep + 1)); // "switches on and releases": no object
        Argument relative = particle && a != null && !a.reference() // "CCR9, which T cells switch on when primed"
                ? ParticleRelatives.object(r, si, first[0], prep, agentTypes, patientTypes, second) : null;
        Argument b = relative != null || a == null || purpose || intransitive ? relative
                : splitParticle ? r.rightOf(si, t, prep - t - 1, patientTypes, second)
                : Regimens.bracketedInstance(r, si, r.rightOf(si, prep, VerbPatterns.RIGHT_WINDOW, patientTypes, second,
                particle), second);
        if (a != null && keptAway) {
            // "It binds IgE, the antibody that triggers allergy, and prevents IgE from": the clause's subject acts
            Argument subject = SharedSubjects.subjectPastApposition(r, si, t, a, agentTypes, first);
            agents = subject == a ? agents : List.of(subject);
            a = subject;
            // "binds CXCR4 and prevents CXCL12 from activating it", "a C5aR1 antagonist, stops C5a from reaching the
            // receptor", "sits on the NK3 receptor and keeps neurokinin B off it": what the drug blocks is what it was
            // said to bind, between it and the verb, not what it stops
            b = first[1] < t ? r.leftOf(si, t, t - first[1], patientTypes, second) : null;
            if (b == null && sense.preposition().equals("from")) {
                b = keptFrom(r, si, t, prep, patientTypes, second);
            }
            if (sense.preposition().equals("for")) {
                b = DoomedObjects.object(r, si, t, prep, b, patientTypes, second); // "marks it for destruction"
            }
        }
        if (b != null && !keptAway && Coreference.isPronoun(s.lower(second[0])) && mentionBetween(r, si, prep, second[0])) {
            b = null; // "acts mainly on the cells that need it": the pronoun is the relative clause's, the cells the object
        }
        b = b != null || a == null || !rel.equals(RelationType.COMBINED_WITH) ? b
                : Regimens.exampleOfKind(r, si, prep, patientTypes, second); // "alongside your lupus medicines, such as X"
        if (b != null && sense.preposition().equals("alongside") && second[0] - prep > ALONGSIDE_REACH
                && !Regimens.kindBeforeExample(r, si, prep + 1, second[0])) { // but "alongside your usual drugs, such as X"
            b = null; // "given X alongside standard therapy had fewer flares and needed less prednisone"
        }
        Mention found = b == null ? null : r.startingAt(si, second[0]);
        Mention named = r.drugNamedByClass(found); // "tested with the checkpoint inhibitor pembrolizumab"
        if (named != found) {
            b = r.argument(named, patientTypes);
            second[1] = named.to();
        }
        if (b != null && (ObjectSearch.notTheProtein(rel, s, second[1])
                || RespondingReceptors.notTheReceptor(r, si, sense, t, a, first))) {
            return; // "tumours escape by switching on EGFR signalling"; "tumours respond to PD-1 blockade"
        }
        if (b != null && rel == RelationType.COMBINED_WITH
                && (sequenceBetween(s, t, prep) || Appositions.closedAround(s, t, prep))) {
            return; // "given after chemoradiotherapy with cisplatin", "compares X, an injection given yearly, with Y"
        }
        if (b != null && rel == RelationType.COMBINED_WITH && first[1] == prep && Regimens.isRegimen(a)) {
            return; // "received chemotherapy with gemcitabine and cisplatin": the drugs make the regimen (NominalPatterns)
        }
        if (b != null) {
            List<Argument> patients = new java.util.ArrayList<>(r.withFollowingConjuncts(si, b, second[1], patientTypes));
            Argument repeated = repeatedPreposition(r, si, second[1], sense.preposition(), patientTypes);
            if (repeated != null && sense.relation() == RelationType.BINDS) {
                patients.add(repeated); // "latches onto gp100 on melanoma cells with one end and onto CD3 ..."
            }
            List<Argument> subjects = sense.inverse() ? patients : agents;
            List<Argument> objects = sense.inverse() ? agents : patients;
            r.emit(rel, subjects, objects, si, first[0], first[1], t, t + 1, "verb-with", 0.85, out);
        }
    }

    /** Verbs of making a protein, after "from": "stop hepatocytes from making apolipoprotein(a)". */
    static final Set<String> MAKING = Set.of("make", "produce", "secrete", "release", "express", "manufacture");
    /** Verbs of a protein meeting its partner, after "from": "stops CXCL12 from binding CXCR4". */
    private static final Set<String> MEETING = Set.of("bind", "reach", "activate", "engage", "attach", "dock", "signal",
            "signalling", "signaling", // the lemmatizer leaves "signalling" as it is
            "work", "working", "function", "functioning"); // "stops CXCR1 from working": the protein itself is blocked

    /**
     * What a drug blocks when it keeps something from acting and bound nothing before: the protein cells are kept from
     * making ("stop hepatocytes from making apolipoprotein(a)"), or the protein kept from its partner ("stops CXCL12
     * from binding CXCR4", "stops the receptor from working"). Null for anything else ("stops T cells from entering").
     */
    private static Argument keptFrom(Reading r, int si, int t, int prep, Set<EntityType> patientTypes, int[] found) {
        Sentence s = r.sentence(si);
        if (prep + 1 >= s.size()) {
            return null;
        }
        String gerund = s.token(prep + 1).lemma();
        int[] keptAt = new int[2];
        // the cells or tissue kept from making it: what the verb "secrete" would take as its subject
        Argument made = MAKING.contains(gerund) ? r.rightOf(si, t, prep - t - 1, RelationType.SECRETES.domain(), keptAt)
                : null;
        if (made != null) {
            return r.rightOf(si, prep + 1, 4, patientTypes, found);
        }
        return MEETING.contains(gerund) ? r.rightOf(si, t, prep - t - 1, patientTypes, found) : null;
    }

    /** Words that put a treatment before or after the drug given, not with it. */
    private static final Set<String> SEQUENCE_WORDS = Set.of("after", "before", "following");

    private static boolean sequenceBetween(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (SEQUENCE_WORDS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** How far after the object "and" and the verb's preposition may repeat: "onto X on melanoma cells with one end". */
    private static final int REPEATED_REACH = 10;

    /**
     * "latches onto gp100 on melanoma cells with one end and onto CD3": the name after "and" and the verb's own
     * preposition again, before the clause ends; else null.
     */
    private static Argument repeatedPreposition(Reading r, int si, int from, String preposition, Set<EntityType> types) {
        Sentence s = r.sentence(si);
        for (int k = from; k < Math.min(s.size() - 1, from + REPEATED_REACH); k++) {
            String w = s.lower(k);
            if (w.equals(";") || w.equals(".") || Reading.RELATIVE_PRONOUNS.contains(w)
                    || s.token(k).pos().equals("VERB")) {
                return null;
            }
            if (w.equals("and") && s.lower(k + 1).equals(preposition)) {
                Mention m = r.startingAt(si, k + 2);
                return m == null ? null : r.argument(m, types);
            }
        }
        return null;
    }

    /** Words that may open a sentence before a fronted participle: "But combined with X, ...". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("but", "and", "yet", "when");

    /** "Combined with X, ..." opening the sentence (after "But" or "When" at most): a fronted combination. */
    private static boolean isFrontedCombination(Sentence s, int t, RelationType rel) {
        return rel == RelationType.COMBINED_WITH && s.lower(t).equals("combined")
                && (t == 0 || t == 1 && CLAUSE_OPENERS.contains(s.lower(0)));
    }

    /** How long an apposition after the partner may be: "temozolomide, the standard chemotherapy,". */
    private static final int APPOSITION_WORDS = 5;

    /**
     * Whether the sentence names no drug but the partner after "with" at {@code prep}, and what an apposition after it
     * says of it ("temozolomide, the standard chemotherapy,"): no drug of the clause could be what is combined with it.
     */
    private static boolean noDrugBeforeOrAfterObject(Reading r, int si, int prep) {
        Sentence s = r.sentence(si);
        Mention partner = r.startingAt(si, prep + 1);
        if (partner == null || !s.lower(partner.to()).equals(",")) {
            return false;
        }
        int clause = partner.to() + 1; // the main clause, past an apposition closed by a comma
        for (int k = clause; k < Math.min(s.size(), clause + APPOSITION_WORDS); k++) {
            if (s.lower(k).equals(",") && s.token(clause).pos().equals("DET")) {
                clause = k + 1;
                break;
            }
        }
        for (Mention m : r.mentions(si)) {
            if (m.type().kind() == EntityType.Kind.DRUG && !m.anaphoric() && m.from() >= clause) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether "off" at {@code prep} closes its clause ("binds X and switches it off") or has a pronoun or a name after it
     * ("keeps neurokinin B off it", "off the receptor"), not a thing unnamed ("off steroids").
     */
    private static boolean offSomethingNamed(Reading r, int si, int prep) {
        Sentence s = r.sentence(si);
        int k = s.lower(prep + 1).equals("the") || s.lower(prep + 1).equals("its") ? prep + 2 : prep + 1;
        boolean closes = prep + 1 >= s.size() || !Character.isLetterOrDigit(s.token(prep + 1).text().charAt(0))
                || Reading.CONJUNCTIONS.contains(s.lower(prep + 1));
        return closes || Coreference.isPronoun(s.lower(prep + 1)) || r.startingAt(si, k) != null;
    }
}
