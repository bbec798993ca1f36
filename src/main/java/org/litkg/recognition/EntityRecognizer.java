package org.litkg.recognition;

import java.util.ArrayList;
import java.util.List;
import org.litkg.analysis.AnalyzedDocument;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.Sentence;

/**
 * Entity recognition for one document: every recogniser proposes candidates, the selector keeps
 * the best non-overlapping ones, aliases declared in the text are linked, and mentions are grouped
 * into the document's entities.
 */
public final class EntityRecognizer {

    private final List<MentionRecognizer> recognizers;
    private final Cues cues;

    public EntityRecognizer(Lexicon lexicon, Cues cues, Lemmatizer lemmatizer) {
        this.cues = cues;
        this.recognizers = List.of(
                new LexiconRecognizer(lexicon, cues),
                new ShapeRecognizer(cues),
                new ChemicalPrefixes(),
                new SaltNames(lemmatizer::isVerbForm),
                new IntegrinNames(),
                new FusionNames(),
                new SlashedNumbers(),
                new BracketedReceptorNames(),
                new PhraseRecognizer(cues, lemmatizer::isVerbForm),
                new ProteinPhraseRecognizer(cues, lemmatizer::isVerbForm),
                new DefinedNameRecognizer(),
                new FactorNames(lemmatizer::isVerbForm),
                new RecombinantProducts(),
                new NameRecognizer(cues),
                new JournalSubtitles(cues),
                new AuthorRecognizer(),
                new SpeakerRecognizer(cues),
                new MakerRecognizer(cues, lemmatizer::isVerbForm),
                new DrugContextRecognizer(cues, lemmatizer::isVerbForm),
                new DrugTargetRecognizer(cues, lemmatizer::isVerbForm),
                new CoinedAgentRecognizer(cues, lemmatizer::isVerbForm),
                new ApprovedDrugRecognizer(cues, lemmatizer::isVerbForm),
                new TrialRecognizer(cues),
                new DiseaseContextRecognizer(cues),
                new NamedFevers(cues),
                new LigandNamedReceptors(),
                new PathogenProducts(),
                new AnaphorRecognizer(cues));
    }

    public RecognizedDocument recognize(AnalyzedDocument doc) {
        List<List<Mention>> selected = new ArrayList<>(doc.sentences().size());
        for (Sentence s : doc.sentences()) {
            List<Mention> candidates = new ArrayList<>();
            for (MentionRecognizer r : recognizers) {
                r.recognize(s, candidates);
            }
            selected.add(MentionSelector.select(s, InstitutionsOfInstitutions.split(s, candidates)));
        }
        selected = QuotedSpeakers.apply(doc.sentences(), TaggedFields.apply(doc, selected), cues);
        selected = AuthorRecognizer.sharedAddressBylines(doc, selected);
        AliasDetector.Result aliases = AliasDetector.detect(doc.sentences(), selected, cues);
        List<List<Mention>> mentions = FamilyTypes.apply(
                DeclaredTypes.apply(doc.sentences(), CancerHeads.refer(aliases.mentions()), cues));
        DocumentEntities entities = DocumentEntities.group(mentions, aliases.aliases());
        return new RecognizedDocument(doc, mentions, entities);
    }
}
