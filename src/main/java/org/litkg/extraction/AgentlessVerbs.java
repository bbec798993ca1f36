package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.DocumentEntities;
import org.litkg.recognition.EntityType;

/**
 * A verb with no agent before it. Its agent may be the instrument after its object ("the team blocked CXCR3 with the
 * small molecule AMG 487"), or, where the verb opens its sentence in the third person, the drug the text is about: a
 * slide's or a fact sheet's line drops its subject ("Binds BAFF and APRIL with high affinity." under the drug's name).
 */
final class AgentlessVerbs {

    private static final Set<String> INSTRUMENT_LINKS = Set.of("with", "using", "by");
    /** Nouns after a protein's name that make it the partner in a meeting: "CD155 binding", "PD-L1 interaction". */
    private static final Set<String> MEETING_NOUNS = Set.of("binding", "interaction", "interactions", "signalling",
            "signaling");

    private AgentlessVerbs() {
    }

    static void read(Reading r, int si, int t, Trigger sense, Set<EntityType> agentTypes, Set<EntityType> patientTypes,
                     List<Statement> out) {
        if (!readKeptInPlace(r, si, t, sense, patientTypes, out)
                && !readHeadless(r, si, t, sense, agentTypes, patientTypes, out)
                && !readCalled(r, si, t, sense, agentTypes, patientTypes, out)
                && !readItemHeadless(r, si, t, sense, agentTypes, patientTypes, out)
                && !readSpeaker(r, si, t, sense, agentTypes, patientTypes, out)) {
            readInstrumentAfter(r, si, t, sense, agentTypes, patientTypes, out);
        }
    }

    /** How far after "in" the place may be named: "in the bone marrow". */
    private static final int PLACE_REACH = 4;

    /**
     * "Mutations that make CXCR4 overactive trap neutrophils in the bone marrow": where no named thing keeps the
     * cells (nothing named, nor a pronoun, stands right before the verb), the place they are kept in does, as in
     * "neutrophils are trapped in the bone marrow".
     */
    private static boolean readKeptInPlace(Reading r, int si, int t, Trigger sense, Set<EntityType> patientTypes,
                                           List<Statement> out) {
        int[] right = new int[2];
        Argument cells = sense.inverse() || sense.relation() != RelationType.SEQUESTERS ? null
                : r.rightOf(si, t, VerbPatterns.RIGHT_WINDOW, patientTypes, right, true);
        if (cells == null || !HeldPlaces.keeps(r, si, sense.lemma(), new int[] {t, t}, t, right[1], false)) {
            return false;
        }
        Sentence s = r.sentence(si);
        int subject = t - 1;
        while (VerbForms.isAdverb(s.lower(subject))) {
            subject--;
        }
        if (r.endingAt(si, subject) != null || Coreference.isPronoun(s.lower(subject))
                || NominalPatterns.AXIS_WORDS.contains(s.lower(subject))) {
            return false; // "a mutant CXCR4 traps neutrophils", "The receptor normally anchors", "the X-Y axis keeps"
        }
        int in = right[1];
        while (HeldPlaces.KEPT_WORDS.contains(s.lower(in))) { // "keep neutrophils locked in the marrow"
            in++;
        }
        int[] at = new int[2];
        Argument place = s.lower(in).equals("in") || s.lower(in).equals("inside")
                ? r.rightOf(si, in, PLACE_REACH, HeldPlaces.PLACES, at) : null;
        if (place == null) {
            return false;
        }
        VerbPatterns.emitAll(r, sense, List.of(place), List.of(cells), si, at, t, "verb-kept-place", 0.7, out);
        return true;
    }

    /** "Plerixafor! Plerixafor! You block CXCR4!": the "you" is the drug called ({@link CalledDrugs}). */
    private static boolean readCalled(Reading r, int si, int t, Trigger sense, Set<EntityType> agentTypes,
                                      Set<EntityType> patientTypes, List<Statement> out) {
        Argument drug = sense.inverse() || !agentTypes.contains(EntityType.DRUG) ? null : CalledDrugs.youAt(r, si, t);
        int[] right = new int[2];
        Argument patient = drug == null ? null : r.rightOf(si, t, VerbPatterns.RIGHT_WINDOW, patientTypes, right, true);
        if (patient == null) {
            return false;
        }
        List<Argument> patients = r.withFollowingConjuncts(si, patient, right[1], patientTypes);
        VerbPatterns.emitAll(r, sense, List.of(drug), patients, si, new int[] {t - 1, t}, t, "verb-called", 0.75, out);
        return true;
    }

    /**
     * "Binds BAFF and APRIL with high affinity.", "Also blocks CXCR4.": a verb in the third person opening its sentence
     * has lost its subject, which is the drug the text is about (an imperative, "Block CXCR4", has no "-s").
     */
    private static boolean readHeadless(Reading r, int si, int t, Trigger sense, Set<EntityType> agentTypes,
                                        Set<EntityType> patientTypes, List<Statement> out) {
        Sentence s = r.sentence(si);
        if (sense.inverse() || !isThirdPerson(s, t) || !agentTypes.contains(EntityType.DRUG)) {
            return false;
        }
        int opener = coordinatedOpener(s, t);
        Argument drug = r.topicDrugs().subjectOfHeadless(s, si, opener, agentTypes);
        int[] right = new int[2];
        Argument patient = drug == null ? null : r.rightOf(si, t, VerbPatterns.RIGHT_WINDOW, patientTypes, right, true);
        if (patient != null && opener < t && MEETING_NOUNS.contains(s.lower(right[1]))) {
            // "Binds TIGIT and blocks CD155 binding": what is blocked is what it was said to bind
            patient = sense.relation() == RelationType.BLOCKS ? r.leftOf(si, t, t - opener, patientTypes, right) : null;
        }
        if (patient == null) {
            return false;
        }
        List<Argument> patients = r.withFollowingConjuncts(si, patient, right[1], patientTypes);
        VerbPatterns.emitAll(r, sense, List.of(drug), patients, si, new int[] {t, t}, t, "verb-headless", 0.75, out);
        return true;
    }

    /**
     * "Reserve: Macrophage. Produces CCL2 freely.", "First: CD8 T cell, handled by Dr. X. Excellent movement; carries
     * CXCR3 proudly.": a third-person verb opening its sentence or a clause after a semicolon, under a list item's line
     * that opens with a thing it may have as subject (not a drug: {@link #readHeadless} reads those), has that thing
     * as subject.
     */
    private static boolean readItemHeadless(Reading r, int si, int t, Trigger sense, Set<EntityType> agentTypes,
                                            Set<EntityType> patientTypes, List<Statement> out) {
        Sentence s = r.sentence(si);
        // after a semicolon, only where the clause before names no possible subject: "The tumour grows; releases"
        boolean opens = t == 0 || s.lower(t - 1).equals(";")
                && r.mentions(si).stream().noneMatch(m -> m.to() <= t && agentTypes.contains(m.type()));
        if (!opens || si == 0 || !isThirdPerson(s, t) || agentTypes.contains(EntityType.DRUG)) {
            return false;
        }
        DocumentEntities.Entity item = OpeningNames.itemOf(r.doc, si - 1, si, m -> agentTypes.contains(m.type()));
        int[] right = new int[2];
        Argument patient = item == null ? null : r.rightOf(si, t, VerbPatterns.RIGHT_WINDOW, patientTypes, right, true);
        if (patient == null) {
            return false;
        }
        Argument subject = new Argument(new Node.EntityNode(item), s.token(t).span(), s.token(t).text(), true);
        List<Argument> patients = r.withFollowingConjuncts(si, patient, right[1], patientTypes);
        VerbPatterns.emitAll(r, sense, List.of(subject), patients, si, new int[] {t, t}, t, "verb-item-headless", 0.7,
                out);
        return true;
    }

    /**
     * "CXCL13: I bind you, CXCR5.": in a dialogue's line, "I" before the verb is the speaker its label names, where
     * the label is that one name.
     */
    private static boolean readSpeaker(Reading r, int si, int t, Trigger sense, Set<EntityType> agentTypes,
                                       Set<EntityType> patientTypes, List<Statement> out) {
        Sentence s = r.sentence(si);
        int label = s.afterWrittenColon(0, SPEAKER_WORDS);
        org.litkg.recognition.Mention speaker = label > 0 && t == label + 1 && s.lower(label).equals("i")
                ? r.startingAt(si, 0) : null;
        Argument agent = speaker == null || speaker.to() != label - 1 ? null : r.argument(speaker, agentTypes);
        int[] right = new int[2];
        Argument patient = agent == null ? null
                : r.rightOf(si, t, VerbPatterns.RIGHT_WINDOW, patientTypes, right, true);
        if (patient == null) {
            return false;
        }
        Argument speaking = new Argument(agent.node(), s.token(label).span(), s.token(label).text(), true);
        VerbPatterns.emitAll(r, sense, List.of(speaking), List.of(patient), si, new int[] {label, label + 1}, t,
                "verb-speaker", 0.7, out);
        return true;
    }

    /** How many tokens a dialogue's speaker label may take: "CXCL13:", "MB-520:". */
    private static final int SPEAKER_WORDS = 3;

    /** A verb in the third person singular: "blocks", not "block" nor "pass". */
    static boolean isThirdPerson(Sentence s, int t) {
        String verb = s.lower(t);
        return verb.endsWith("s") && !verb.endsWith("ss") && !verb.equals(s.token(t).lemma());
    }

    /**
     * "Blocks CXCR4 and frees stem cells from the marrow.": a verb after "and" shares the lost subject of the
     * third-person verb that opens its clause, so it is read from there; else t itself.
     */
    private static int coordinatedOpener(Sentence s, int t) {
        if (t < 2 || !s.lower(t - 1).equals("and")) {
            return t;
        }
        for (int v = 0; v < t - 1; v++) {
            if (s.lower(v).equals(";") || s.lower(v).equals(".")) {
                return t;
            }
            if (isThirdPerson(s, v) && !s.token(v).isPunctuation()) {
                return v;
            }
        }
        return t;
    }

    /** How long a description set off by commas after the blocked protein may be: ", the receptor for CCL3,". */
    private static final int DESCRIPTION_WORDS = 6;

    /** The word after the comma that closes a description starting at k; -1 if no comma closes it soon. */
    private static int pastDescription(Sentence s, int k) {
        for (int j = k; j < Math.min(s.size() - 1, k + DESCRIPTION_WORDS); j++) {
            if (s.lower(j).equals(",")) {
                return j + 1;
            }
        }
        return -1;
    }

    /** How long a "where" phrase between a blocked protein and the instrument may be: "in people,". */
    private static final int WHERE_WORDS = 3;

    /** "the team blocked CXCR3 with the small molecule AMG 487": the drug is the instrument, and so the agent. */
    static void readInstrumentAfter(Reading r, int si, int t, Trigger sense, Set<EntityType> agentTypes,
                                    Set<EntityType> patientTypes, List<Statement> out) {
        Sentence s = r.sentence(si);
        if (sense.inverse() || !agentTypes.contains(EntityType.DRUG)) {
            return;
        }
        int[] right = new int[2];
        Argument patient = r.rightOf(si, t, 4, patientTypes, right, true);
        int link = patient == null ? -1 : right[1];
        if (link > 0 && s.lower(link).equals("in")) {
            // "attempts to block CCR2 in people, with an antibody called MLN1202": where, then the instrument
            for (int k = link + 1; k <= link + WHERE_WORDS && k + 1 < s.size(); k++) {
                if (s.lower(k).equals(",") && INSTRUMENT_LINKS.contains(s.lower(k + 1))) {
                    link = k + 1;
                    break;
                }
            }
        }
        if (link > 0 && s.lower(link).equals(",") && s.lower(link + 1).equals("the")) {
            link = pastDescription(s, link + 2); // "blocking CCR1, the receptor for CCL3, with an experimental drug"
        } else if (link > 0 && s.lower(link).equals(",") && INSTRUMENT_LINKS.contains(s.lower(link + 1))) {
            link++; // "blocking its receptor, CXCR4, with the drug AMD3100": the apposed name's closing comma
        }
        if (link < 0 || !INSTRUMENT_LINKS.contains(s.lower(link))) {
            return;
        }
        int[] drugAt = new int[2];
        Argument drug = r.rightOf(si, link, 5, agentTypes, drugAt);
        if (drug != null) {
            VerbPatterns.emit(r, sense, drug, patient, si, drugAt, drugAt, t, t, "verb-instrument", 0.8, out);
        }
    }
}
