package org.litkg.extraction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.litkg.document.Dates;
import org.litkg.document.Span;
import org.litkg.document.TaggedRecords;
import org.litkg.recognition.EntityType;
import org.litkg.recognition.Mention;

/**
 * The study each record of an RIS or MEDLINE export describes (TaggedRecords): its first and last authors lead it,
 * the journal field says where it appeared, and the affiliation fields say where its authors work. One address for
 * the record is every author's; MEDLINE's address lines after an author's name are that author's, as Web of Science's
 * bracketed names before an address are; several addresses tied to no author (an RIS or EndNote export's) place
 * nobody, since the export does not say whose each is, but each is where the study was done.
 */
final class RecordStudies {

    private static final Set<EntityType> PERSONS = EnumSet.of(EntityType.PERSON);
    private static final Set<EntityType> JOURNALS = EnumSet.of(EntityType.JOURNAL);
    /** How a record's first or last author is made its study's leader. */
    static final String RECORD_LEADER = "record-author-order";

    private final List<TaggedRecords.Record> records;
    /** The next record to read: sentences come in text order, so records are read in turn. */
    private int next;

    RecordStudies(String text) {
        this.records = TaggedRecords.recordsIn(text);
    }

    /** At the first sentence of a record, reads the record's authors, addresses and journal into a new study. */
    void read(Reading r, int si, Supplier<Study> fresh, List<Statement> out) {
        int start = r.sentence(si).span().start();
        while (next < records.size() && records.get(next).span().end() <= start) {
            next++; // a record none of whose fields was read as a sentence
        }
        if (next == records.size() || start < records.get(next).span().start()) {
            return;
        }
        TaggedRecords.Record record = records.get(next++);
        Study study = fresh.get();
        record.year().flatMap(y -> Dates.first(y.content().of(r.doc.analyzed().document().text())))
                .ifPresent(study::setDateIfAbsent);
        List<Placed> authors = new ArrayList<>();
        List<List<Argument>> ownAddresses = new ArrayList<>(); // each author's, where the record puts them after the name
        List<List<TaggedRecords.Field>> byAuthor = record.affiliationsByAuthor();
        for (int j = 0; j < record.authors().size(); j++) {
            List<Placed> named = placed(r, si, record.authors().get(j).content(), PERSONS);
            authors.addAll(named);
            List<Argument> own = byAuthor.isEmpty() ? List.of() : byAuthor.get(j).stream()
                    .flatMap(f -> workplaces(r, si, f.content()).stream()).toList();
            named.forEach(n -> ownAddresses.add(own));
        }
        List<List<Argument>> addresses = record.affiliations().stream().map(f -> workplaces(r, si, f.content())).toList();
        if (byAuthor.isEmpty() && addresses.size() > 1 && !authors.isEmpty()) {
            conductedAtEvery(r, si, record, study, out); // addresses no author is tied to: the study's, not anyone's
        }
        for (int i = 0; i < authors.size(); i++) {
            Placed a = authors.get(i);
            List<Argument> orgs = !byAuthor.isEmpty() ? ownAddresses.get(i)
                    : addresses.size() == 1 ? addresses.get(0) : List.of();
            r.emit(RelationType.AFFILIATED_WITH, List.of(a.argument), orgs, a.si, a.from, a.to, a.from, a.to,
                    "record-affiliation", 0.8, out);
            if (i == 0 || i == authors.size() - 1) {
                Argument work = new Argument(new Node.StudyNode(study), a.argument.span(), a.argument.text(), true);
                r.emit(RelationType.LED_BY, List.of(work), List.of(a.argument), a.si, a.from, a.to, a.from, a.to,
                        RECORD_LEADER, 0.7, out);
                r.emit(RelationType.CONDUCTED_BY, List.of(work), orgs, a.si, a.from, a.to, a.from, a.to,
                        "record-author-affiliation", 0.7, out);
            }
        }
        // a grant's or a group's investigators work where the record says, but lead no study for being named
        record.investigators().forEach((name, own) -> placed(r, si, name.content(), PERSONS).forEach(p ->
                r.emit(RelationType.AFFILIATED_WITH, List.of(p.argument), own.stream()
                        .flatMap(f -> workplaces(r, si, f.content()).stream()).toList(), p.si, p.from, p.to, p.from, p.to,
                        "record-investigator", 0.8, out)));
        record.journal().ifPresent(f -> placed(r, si, f.content(), JOURNALS).stream().findFirst().ifPresent(j -> {
            study.setJournal((Node.EntityNode) j.argument.node());
            Argument work = new Argument(new Node.StudyNode(study), j.argument.span(), j.argument.text(), true);
            r.emit(RelationType.PUBLISHED_IN, List.of(work), List.of(j.argument), j.si, j.from, j.to, j.from, j.to,
                    "record-journal", 0.9, out);
        }));
    }

    /** Each institution of each address field conducts the study, read where the address names it. */
    private static void conductedAtEvery(Reading r, int si, TaggedRecords.Record record, Study study, List<Statement> out) {
        for (TaggedRecords.Field address : record.affiliations()) {
            for (Placed o : institutions(r, si, address.content())) {
                Argument work = new Argument(new Node.StudyNode(study), o.argument.span(), o.argument.text(), true);
                r.emit(RelationType.CONDUCTED_BY, List.of(work), List.of(o.argument), o.si, o.from, o.to, o.from, o.to,
                        "record-address", 0.6, out);
            }
        }
    }

    /** A mention read as an argument, with the sentence and tokens it stands at. */
    private record Placed(Mention mention, Argument argument, int si, int from, int to) {
    }

    /** The mentions of the allowed types in the sentences of a field, which come after the record's first one. */
    private static List<Placed> placed(Reading r, int first, Span field, Set<EntityType> allowed) {
        List<Placed> out = new ArrayList<>();
        for (int sj = first; sj < r.sentenceCount() && r.sentence(sj).span().start() < field.end(); sj++) {
            if (!field.contains(r.sentence(sj).span())) {
                continue;
            }
            for (Mention m : r.mentions(sj)) {
                Argument a = m.anaphoric() ? null : r.argument(m, allowed);
                if (a != null) {
                    out.add(new Placed(m, a, sj, m.from(), m.to()));
                }
            }
        }
        return out;
    }

    /** The institutions an address field names, as arguments. */
    private static List<Argument> workplaces(Reading r, int first, Span field) {
        return institutions(r, first, field).stream().map(Placed::argument).toList();
    }

    /** The institutions an address field names, where it names them, without the departments named beside them. */
    private static List<Placed> institutions(Reading r, int first, Span field) {
        List<Placed> named = placed(r, first, field, StudyPatterns.ANY_ORG).stream()
                .filter(p -> p.mention.type() == EntityType.ORGANIZATION).toList();
        List<Mention> wholes = InstitutionParts.wholes(named.stream().map(Placed::mention).toList());
        return named.stream().filter(p -> wholes.contains(p.mention)).toList();
    }
}
