package org.litkg.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.litkg.analysis.AnalyzedDocument;
import org.litkg.analysis.Sentence;
import org.litkg.document.TaggedRecords;

/**
 * The names an RIS or MEDLINE export's tags declare (TaggedRecords): an author or investigator field is one person,
 * however its name is written ("Lindqvist-Moreau, Annika", "Okoye C"), and a journal field is one journal, even one no
 * list holds ("Neuro-Oncology", "Arthritis &amp; Rheumatology"). The tag outranks whatever the words alone suggest.
 */
final class TaggedFields {

    private TaggedFields() {
    }

    static List<List<Mention>> apply(AnalyzedDocument doc, List<List<Mention>> mentions) {
        String text = doc.document().text();
        List<TaggedRecords.Record> records = TaggedRecords.recordsIn(text);
        if (records.isEmpty()) {
            return mentions;
        }
        List<List<Mention>> out = new ArrayList<>(mentions);
        List<TaggedRecords.Field> fields = records.stream().flatMap(r -> r.fields().stream()).toList();
        int next = 0; // sentences and fields both run in text order: one walk over each
        for (Sentence s : doc.sentences()) {
            while (next < fields.size() && fields.get(next).content().end() <= s.span().start()) {
                next++;
            }
            Optional<TaggedRecords.Field> field = next < fields.size() ? Optional.of(fields.get(next)) : Optional.empty();
            if (field.isEmpty() || s.size() == 0 || !field.get().content().contains(s.span())) {
                continue;
            }
            if (TaggedRecords.isPerson(field.get())) {
                out.set(s.index(), List.of(MentionRecognizer.mention(s, 0, s.size(), EntityType.PERSON,
                        inNameOrder(s.text()), null, 0.9, "tagged-author", false)));
            } else if (TaggedRecords.isJournal(field.get())) {
                out.set(s.index(), List.of(MentionRecognizer.mention(s, 0, s.size(), EntityType.JOURNAL,
                        journalName(s.text()), null, 0.9, "tagged-journal", false)));
            }
        }
        return out;
    }

    /**
     * A journal field as the journal's name: MEDLINE writes "Journal of clinical oncology : official journal of the
     * American Society of Clinical Oncology" over two lines, so the lines join, the subtitle after " : " goes and
     * the lower-case words (not "of", "and") take their capitals: "Journal of Clinical Oncology". Web of Science writes
     * the name in capitals ("JOURNAL FOR IMMUNOTHERAPY OF CANCER"), so a name without a small letter is first lowered.
     */
    static String journalName(String field) {
        String name = field.replaceAll("\\s+", " ").strip();
        int subtitle = name.indexOf(" : ");
        return org.litkg.document.NameCase.titled(subtitle > 0 ? name.substring(0, subtitle) : name);
    }

    /** "Lindqvist-Moreau, Annika" as "Annika Lindqvist-Moreau"; a name without one comma as it is written. */
    static String inNameOrder(String written) {
        String[] parts = written.split(",");
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            return written.strip();
        }
        return parts[1].strip() + " " + parts[0].strip();
    }
}
