package org.litkg.extraction;

import java.util.List;
import java.util.Set;
import org.litkg.analysis.Sentence;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;
import org.litkg.recognition.RecognizedDocument;

/**
 * Where a pronoun's antecedent is told by the clauses around it rather than by nearness: the subject of a later
 * clause of the sentence before ("A monocyte sat in the blood, till CCL2 came ... It bound to CCR2"), an earlier "it"
 * after a plural subject ("Heart cells release it, and it binds CCR2"), and not the maker of what a relative clause is
 * about ("stromal cells release CXCL12, which holds them"). {@link Pronouns} asks these.
 */
final class ClauseAntecedents {

    /** Words that open a clause after a sentence's main one, whose subject comes right after them. */
    private static final Set<String> LATER_CLAUSE_OPENERS = Set.of("till", "until", "when", "while", "and", "but",
            "so", "before", "after", "because");

    private final RecognizedDocument doc;
    private final Coreference coreference;

    ClauseAntecedents(RecognizedDocument doc, Coreference coreference) {
        this.doc = doc;
        this.coreference = coreference;
    }

    /**
     * Whether the pronoun at k, the object of a verb, sits in a relative clause (", which") on what the subject
     * {@code maker} does something to with the verb right after it: "stromal cells release CXCL12, which holds them".
     */
    boolean makesAntecedent(int si, Mention maker, int k) {
        Sentence s = doc.analyzed().sentences().get(si);
        if (maker.to() >= k || !RelativeHeads.isVerbLike(s.token(maker.to()))
                || SubjectSearch.CELL_NOUNS.contains(s.lower(maker.to())) // "leukaemia" + "cells": no verb
                || !RelativeHeads.isVerbLike(s.token(k - 1))) {
            return false;
        }
        for (int j = maker.to() + 1; j < k - 1; j++) {
            if (s.lower(j).equals(",") && Reading.RELATIVE_PRONOUNS.contains(s.lower(j + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the sentence's subject, opening it, is plural ("Damaged heart cells release it, and it binds"), the first
     * "it" after the subject and before token k, which a second "it" goes on talking about; else -1.
     */
    int itAfterPluralSubject(int si, int k) {
        Sentence s = doc.analyzed().sentences().get(si);
        List<Mention> mentions = doc.mentions().get(si);
        Mention subject = mentions.isEmpty() ? null : mentions.get(0);
        if (subject == null || subject.from() > 1 || subject.to() >= k || !coreference.headIsPlural(subject)) {
            return -1;
        }
        for (int j = subject.to(); j < k; j++) {
            if (s.lower(j).equals("it")) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The subject of the last clause of sentence si that opens with "till", "when", "and" or the like, where its name
     * comes right after the opener (perhaps after "the") and a verb right after the name, and fits the role: "A
     * monocyte sat in the blood, till CCL2 came in a flood. It bound to CCR2": the monocyte binds nothing, CCL2 does.
     */
    Mention laterClauseSubject(int si, Set<EntityType> allowed) {
        Sentence s = doc.analyzed().sentences().get(si);
        for (int k = s.size() - 2; k > 0; k--) {
            if (!LATER_CLAUSE_OPENERS.contains(s.lower(k))) {
                continue;
            }
            Mention name = doc.nameStartingAt(si, s.lower(k + 1).equals("the") ? k + 2 : k + 1);
            if (name != null && name.to() < s.size() && RelativeHeads.isVerbLike(s.token(name.to()))) {
                return allowed.contains(name.type()) ? name : null;
            }
        }
        return null;
    }
}
