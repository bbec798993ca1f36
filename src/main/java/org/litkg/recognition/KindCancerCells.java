package org.litkg.recognition;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;

/**
 * "the leukaemia cells" in a text on adult T-cell leukaemia-lymphoma, "Leukaemia cells that survive chemotherapy" in
 * one on acute myeloid leukaemia: a kind of cancer named alone before "cells" is the one cancer of that kind the text
 * names in full, where it names exactly one; in a text naming two leukaemias it stays the kind.
 */
final class KindCancerCells {

    /** Words for a kind of cancer that a full name narrows: "acute myeloid leukaemia", "follicular lymphoma". */
    private static final Set<String> KINDS = Set.of("leukaemia", "leukemia", "lymphoma", "myeloma", "sarcoma",
            "carcinoma", "glioma");

    private KindCancerCells() {
    }

    static void add(List<Sentence> sentences, List<List<Mention>> mentions, List<AliasDetector.Alias> aliases) {
        for (int si = 0; si < mentions.size(); si++) {
            Sentence s = sentences.get(si);
            for (Mention m : mentions.get(si)) {
                String kind = m.length() == 1 ? Lemmatizer.singular(s.lower(m.from())) : "";
                if (m.type() != EntityType.CANCER || m.anaphoric() || !KINDS.contains(kind)
                        || !s.lower(m.to()).startsWith("cell")) {
                    continue;
                }
                Mention named = onlyFullName(mentions, kind);
                if (named != null) {
                    aliases.add(new AliasDetector.Alias(named, m));
                }
            }
        }
    }

    /** The one full name of a cancer of that kind the text gives (its first mention), or null for none or several. */
    private static Mention onlyFullName(List<List<Mention>> mentions, String kind) {
        Mention found = null;
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                String name = m.text().toLowerCase(Locale.ROOT);
                boolean ofKind = m.type() == EntityType.CANCER && !m.anaphoric() && m.length() > 1
                        && List.of(name.split("[\\s-]+")).stream().map(Lemmatizer::singular).anyMatch(kind::equals);
                if (ofKind && found != null && !found.text().equalsIgnoreCase(m.text())) {
                    return null;
                }
                found = ofKind && found == null ? m : found;
            }
        }
        return found;
    }
}
