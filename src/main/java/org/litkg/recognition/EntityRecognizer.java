package org.litkg.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.litkg.analysis.AnalyzedDocument;
import org.litkg.analysis.Lemmatizer;
import org.litkg.analysis.NameFinder;
import org.litkg.analysis.Sentence;

/**
 * Entity recognition for one document: every recogniser proposes candidates, the selector keeps
 * the best non-overlapping ones, aliases declared in the text are linked, and mentions are grouped
 * into the document's entities.
 */
public final class EntityRecognizer {

    private final List<MentionRecognizer> recognizers;
    private final Cues cues;
    private final Lexicon lexicon;
    private final Optional<ModelNames> modelNames;

    public EntityRecognizer(Lexicon lexicon, Cues cues, Lemmatizer lemmatizer) {
        this(lexicon, cues, lemmatizer, Optional.empty());
    }

    /** With a trained name finder that fills the words every other recogniser and alias left ({@link ModelNames}). */
    public EntityRecognizer(Lexicon lexicon, Cues cues, Lemmatizer lemmatizer, Optional<NameFinder> names) {
        this.cues = cues;
        this.lexicon = lexicon;
        this.recognizers = List.of(
                new LexiconRecognizer(lexicon, cues),
                new ShapeRecognizer(cues),
                new ChemicalPrefixes(),
                new SystematicNames(),
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
                new CapitalisedNames(),
                new JournalSubtitles(cues),
                new AuthorRecognizer(),
                new CitedSurnames(cues),
                new SpeakerRecognizer(cues),
                new MakerRecognizer(cues, lemmatizer::isVerbForm),
                new DrugContextRecognizer(cues, lemmatizer::isVerbForm),
                new CombinationProductNames(),
                new DrugTargetRecognizer(cues, lemmatizer::isVerbForm),
                new CoinedAgentRecognizer(cues, lemmatizer::isVerbForm),
                new ApprovedDrugRecognizer(cues, lemmatizer::isVerbForm),
                new TrialRecognizer(cues),
                new DiseaseContextRecognizer(cues),
                new NamedFevers(cues),
                new LigandNamedReceptors(),
                new PathogenProducts(),
                new AnaphorRecognizer(cues));
        this.modelNames = names.map(model -> new ModelNames(model, cues));
    }

    public RecognizedDocument recognize(AnalyzedDocument doc) {
        List<List<Mention>> selected = new ArrayList<>(doc.sentences().size());
        List<List<Mention>> proposed = new ArrayList<>(doc.sentences().size());
        for (Sentence s : doc.sentences()) {
            List<Mention> candidates = new ArrayList<>();
            for (MentionRecognizer r : recognizers) {
                r.recognize(s, candidates);
            }
            proposed.add(candidates);
            selected.add(MentionSelector.select(s, InstitutionsOfInstitutions.split(s, candidates)));
        }
        selected = QuotedSpeakers.apply(doc.sentences(), TaggedFields.apply(doc, selected), cues);
        selected = AuthorRecognizer.sharedAddressBylines(doc, selected);
        selected = ShortOrganisationNames.apply(doc.sentences(), selected); // "X4 Pharmaceuticals", then "X4"
        AliasDetector.Result aliases = AliasDetector.detect(doc.sentences(), selected, cues);
        if (modelNames.isPresent()) {
            aliases = withModelNames(doc, modelNames.get(), proposed, selected, aliases);
        }
        List<List<Mention>> typed = FamilyTypes.apply(DeclaredTypes.apply(doc.sentences(),
                UnnamedCancerCells.name(doc.sentences(), CancerHeads.refer(aliases.mentions())), cues));
        List<List<Mention>> mentions = AntibodyTargets.apply(doc.sentences(), typed, lexicon); // "anti-TNF": TNF too
        DocumentEntities entities = DocumentEntities.group(mentions, aliases.aliases());
        return new RecognizedDocument(doc, mentions, entities);
    }

    /**
     * The names the model finds where nothing was proposed and no alias reached, added to the selection, whose aliases
     * are then read again: "gentamicin C (GMC)" makes each later "GMC" the model's gentamicin C too.
     */
    private AliasDetector.Result withModelNames(AnalyzedDocument doc, ModelNames model, List<List<Mention>> proposed,
                                                List<List<Mention>> selected, AliasDetector.Result read) {
        List<List<Mention>> filled = new ArrayList<>(selected.size());
        Map<String, EntityType> namedOtherwise = ModelNames.namedOtherwise(doc.sentences(), read.mentions());
        boolean any = false;
        for (int si = 0; si < selected.size(); si++) {
            List<Mention> covering = new ArrayList<>(proposed.get(si));
            covering.addAll(read.mentions().get(si));
            List<Mention> found = model.fill(doc.sentences().get(si), covering, namedOtherwise);
            any |= !found.isEmpty();
            List<Mention> ms = new ArrayList<>(selected.get(si));
            ms.addAll(found);
            ms.sort(Comparator.comparingInt(Mention::from));
            filled.add(ms);
        }
        return any ? AliasDetector.detect(doc.sentences(), filled, cues) : read;
    }
}
