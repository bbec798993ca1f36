package org.litkg.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.litkg.analysis.AnalyzedDocument;
import org.litkg.analysis.Sentence;
import org.litkg.document.TaggedRecords;

/**
 * The names an RIS or MEDLINE export's tags declare (TaggedRecords): an author field is one person, however its name
 * is written ("Lindqvist-Moreau, Annika", "Okoye C"), and a journal field is one journal, even one no list holds
 * ("Neuro-Oncology", "Arthritis &amp; Rheumatology"). The tag outranks whatever the words alone suggest.
 */
final class TaggedFields {

    private TaggedFields() {
    }

    static List<List<Mention>> apply(AnalyzedDocument doc, List<List<Mention>> mentions) {
        String text = doc.document().text();
        List<TaggedRecords.Record> records = TaggedRecords.records(text);
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
            if (TaggedRecords.isAuthor(field.get())) {
                out.set(s.index(), List.of(MentionRecognizer.mention(s, 0, s.size(), EntityType.PERSON,
                        inNameOrder(s.text()), null, 0.9, "tagged-author", false)));
            } else if (TaggedRecords.isJournal(field.get())) {
                out.set(s.index(), List.of(MentionRecognizer.mention(s, 0, s.size(), EntityType.JOURNAL,
                        s.text(), null, 0.9, "tagged-journal", false)));
            }
        }
        return out;
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
