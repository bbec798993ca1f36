package org.litkg.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.litkg.document.AuthorLines;
import org.litkg.document.Document;
import org.litkg.document.Span;

/**
 * Sentence detection, tokenisation and POS tagging with Apache OpenNLP's English UD models from
 * Maven Central; the one class in litkg that imports OpenNLP.
 *
 * <p>Models are loaded once and shared; the OpenNLP taggers are not thread-safe, so each thread
 * gets its own. Each prose block of the document is analysed on its own, so no sentence spans page
 * furniture, and all offsets are offsets into the whole document text.
 */
public final class OpenNlpAnalyzer implements Analyzer {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final Lemmatizer lemmatizer;
    private final ThreadLocal<Tools> tools = ThreadLocal.withInitial(this::newTools);

    private record Tools(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger) {
    }

    public OpenNlpAnalyzer(Lemmatizer lemmatizer) {
        this.lemmatizer = lemmatizer;
        try {
            sentenceModel = new SentenceModel(model(SENTENCE_MODEL));
            tokenizerModel = new TokenizerModel(model(TOKEN_MODEL));
            posModel = new POSModel(model(POS_MODEL));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models", e);
        }
    }

    private static InputStream model(String resource) {
        InputStream in = OpenNlpAnalyzer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath;"
                    + " the opennlp-models-*-en dependencies are missing");
        }
        return in;
    }

    private Tools newTools() {
        return new Tools(new SentenceDetectorME(sentenceModel), new TokenizerME(tokenizerModel),
                new POSTaggerME(posModel, POSTagFormat.UD));
    }

    @Override
    public AnalyzedDocument analyze(Document document) {
        Tools t = tools.get();
        String text = document.text();
        List<Sentence> sentences = new ArrayList<>();
        for (Span block : document.proseBlocks()) {
            String blockText = block.of(text);
            for (Span s : AbbreviationJoiner.join(blockText, t.sentences().sentPosDetect(blockText))) {
                int start = block.start() + s.start();
                int end = block.start() + s.end();
                Sentence sentence = sentence(t, text, new Span(start, end), sentences.size());
                if (sentence.size() > 0) {
                    sentences.add(sentence);
                }
            }
        }
        return new AnalyzedDocument(document, sentences);
    }

    /**
     * The bare OpenNLP analysis, for benchmarks: sentence detection, tokenisation and POS tagging of
     * the whole text with nothing of litkg's around it; returns the number of tokens tagged.
     */
    public int analyzeBare(String text) {
        Tools t = tools.get();
        int tokens = 0;
        for (String sentence : t.sentences().sentDetect(text)) {
            String[] words = t.tokenizer().tokenize(sentence);
            tokens += t.tagger().tag(words).length;
        }
        return tokens;
    }

    /** Words after which "'s" is "is": "it's", "that's", "there's", "he's". */
    private static final java.util.Set<String> PRONOUNS_BEFORE_IS = java.util.Set.of("it", "that", "this", "there", "here",
            "he", "she", "what", "who", "which");

    /** An apostrophe joined to the plural before it ("Therapeutics'"), which TokenRefiner splits off as "'s" is. */
    private static boolean isPluralPossessive(String[] words, List<Span> spans, int i) {
        return (words[i].equals("'") || words[i].equals("’")) && i > 0 && words[i - 1].length() > 2
                && words[i - 1].endsWith("s") && spans.get(i - 1).end() == spans.get(i).start();
    }

    private Sentence sentence(Tools t, String text, Span span, int index) {
        String sentenceText = span.of(text);
        List<Span> spans = new ArrayList<>();
        for (opennlp.tools.util.Span ts : t.tokenizer().tokenizePos(sentenceText)) {
            TokenRefiner.split(sentenceText, ts.getStart(), ts.getEnd(), spans);
        }
        spans = Disfluencies.fluent(sentenceText, TokenRefiner.mend(sentenceText, spans)); // "in, uh, Cancer Discovery"
        spans = EditorialBrackets.unbracketed(sentenceText, spans); // an answer key's "[CCL19] and CCL21 bind CCR7"
        // a byline's affiliation marks glued to a name ("Sørbø-Halvorsen1") are cut off, so the name is whole tokens
        spans = TokenRefiner.splitAt(spans, AuthorLines.authors(sentenceText).stream().map(AuthorLines.Author::end).toList());
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = spans.get(i).of(sentenceText);
        }
        String[] tags = t.tagger().tag(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            Span local = spans.get(i);
            String lower = TokenRefiner.lower(words[i]);
            boolean contractedIs = (lower.equals("'s") || lower.equals("’s")) && i > 0 && PRONOUNS_BEFORE_IS.contains(
                    TokenRefiner.lower(words[i - 1])); // "it's a GPR84 antagonist": the copula, not a possessive
            Span at = new Span(span.start() + local.start(), span.start() + local.end());
            // "Immune-Onc Therapeutics' IO-108", "Graves' disease": the mark TokenRefiner cut from a plural is its "'s"
            lower = isPluralPossessive(words, spans, i) ? "'s" : lower;
            // a formal "upon" ("blocks CXCR4 upon the neutrophils") reads as the "on" every rule asks for, but not in
            // a place's name ("Newcastle upon Tyne"), where it joins capitalised words
            lower = lower.equals("upon") && (i + 1 == words.length || !Character.isUpperCase(words[i + 1].charAt(0)))
                    ? "on" : lower;
            tokens.add(new Token(words[i], contractedIs ? "is" : lower, at, contractedIs ? "AUX" : tags[i],
                    contractedIs ? "be" : lemmatizer.lemma(lower)));
        }
        return new Sentence(index, span, sentenceText, GlossaryColons.asCopula(DosageForms.asNouns(tokens)));
    }
}
