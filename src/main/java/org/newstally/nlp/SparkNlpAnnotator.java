package org.newstally.nlp;

import com.johnsnowlabs.collections.SearchTrie;
import com.johnsnowlabs.nlp.Annotation;
import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.TextMatcherModel;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * The Spark NLP layer: DocumentAssembler, SentenceDetector, Tokenizer and a TextMatcher gazetteer of actor aliases.
 *
 * <p>The annotator models are built directly from their parameters instead of fitting a Pipeline on a DataFrame:
 * none of these rule-based stages learns anything from data, and building them this way needs no SparkSession, so
 * the same object runs in plain unit tests and inside one {@code mapPartitions} task per partition. Each article
 * is annotated by calling the models' {@code annotate} directly: measured here, that is ~0.9 ms per 1.5 KB article
 * against ~1.2 ms through LightPipeline and ~4–5 ms with the pragmatic sentence rules (see README, performance).
 *
 * <p>Sentence boundaries use SentenceDetector's custom bounds only: end punctuation (optionally followed by a
 * closing quote or bracket) and whitespace before an upper-case letter, digit or opening quote, unless the dot ends
 * a common abbreviation, an initial ("J. D. Vance") or an initialism ("U.S."); and every line break (paragraphs,
 * live-blog entries, datelines).
 */
public final class SparkNlpAnnotator implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Abbreviations whose dot does not end a sentence. */
  static final String ABBREVIATIONS = "Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|Rev|St|Jr|Sr|Prof|No|Nos|"
      + "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|a\\.m|p\\.m|vs|etc|approx|Inc|Corp|Ltd|Co|Mt|Ft";

  // The cheap test first: the regex is tried at every character of every article, and most are not whitespace.
  static final String SENTENCE_BOUND = "(?=\\s)(?<=[.!?][\"”’)\\]]?)(?<![A-Z]\\.[A-Z]\\.)(?<!\\b[A-Z]\\.)"
      + "(?<!\\b(?:" + ABBREVIATIONS + ")\\.)\\s+(?=[\"“‘(\\[]?[\\p{Lu}0-9])";

  /** Characters stripped from the start and end of tokens (Spark NLP's defaults plus typographic quotes and the
   * guillemets and low quotes of Russian, Ukrainian, French and German text: "«Джош Грюнбаум»"). */
  private static final String CONTEXT = ".,;:!?*\\-()\\[\\]\"'“”‘’«»„";

  final DocumentAssembler documents;
  final SentenceDetector sentences;
  final TokenizerModel tokenizer;
  final TextMatcherModel gazetteer;

  private SparkNlpAnnotator(Collection<String> gazetteerPhrases) {
    documents = new DocumentAssembler();
    documents.setInputCol("text");
    documents.setOutputCol("document");
    documents.setCleanupMode("disabled");

    sentences = new SentenceDetector();
    sentences.setInputCols(new String[] {"document"});
    sentences.setOutputCol("sentence");
    sentences.setCustomBounds(new String[] {SENTENCE_BOUND, "\\n+"});
    sentences.setUseCustomBoundsOnly(true);

    Tokenizer rules = new Tokenizer();
    rules.setInputCols(new String[] {"sentence"});
    rules.setOutputCol("token");
    // One rule (each extra rule is another regex tried on every token): Spark NLP's default infix — the token body
    // runs from the first to the last character that is not a context character — with typographic quotes added to
    // the context characters, a lazy body and a possessive group (always taking part, possibly empty: Spark NLP reads every group), so that "Zelenskyy's" gives "Zelenskyy"
    // and "'s" and the gazetteer sees the bare name. (The default's "(?:.*[^...])*" recurses once per character.)
    rules.setInfixPatterns(new String[] {
        "([^" + CONTEXT + "](?:.*?[^" + CONTEXT + "])?)((?:['’]s)?)"});
    rules.setPrefixPattern("\\A([" + CONTEXT + "]*)");
    rules.setSuffixPattern("([" + CONTEXT + "]*)\\z");
    tokenizer = new TokenizerModel();
    tokenizer.setInputCols(new String[] {"document"});
    tokenizer.setOutputCol("token");
    tokenizer.setRules(rules.buildRuleFactory());
    tokenizer.setTargetPattern("\\S+");
    tokenizer.setCaseSensitiveExceptions(true);
    tokenizer.setMinLength(0);
    // dashes between names ("Witkoff–Putin") separate tokens
    tokenizer.setSplitChars(new String[] {"–", "—"});

    List<String[]> phrases = new ArrayList<>();
    for (String phrase : gazetteerPhrases) {
      String[] tokens = tokenizeAlone(phrase);
      if (tokens.length > 0) {
        phrases.add(tokens);
      }
    }
    gazetteer = new TextMatcherModel();
    gazetteer.setInputCols(new String[] {"document", "token"});
    gazetteer.setOutputCol("entity");
    gazetteer.setSearchTrie(SearchTrie.apply(phrases.toArray(new String[0][]), true));
    gazetteer.setMergeOverlapping(true);
    gazetteer.setBuildFromTokens(false);
    gazetteer.setEntityValue("actor");
  }

  /** Builds the annotator; {@code gazetteerPhrases} are matched case-sensitively on token boundaries. */
  public static SparkNlpAnnotator create(Collection<String> gazetteerPhrases) {
    return new SparkNlpAnnotator(gazetteerPhrases);
  }

  /** Tokens of a short phrase, exactly as the tokenizer splits running text (used to compile lexicon phrases). */
  public String[] tokenizeAlone(String phrase) {
    Seq<Annotation> sentence = JavaConverters.asScalaBuffer(List.of(
        new Annotation("document", 0, phrase.length() - 1, phrase, emptyMetadata(), new float[0]))).toSeq();
    List<Annotation> tokens = JavaConverters.seqAsJavaList(tokenizer.annotate(sentence));
    String[] out = new String[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = tokens.get(i).result();
    }
    return out;
  }

  /** Sentences, tokens and gazetteer hits of one text. Never null; an empty text gives no sentences. */
  public AnnotatedText annotate(String text) {
    if (text == null || text.isBlank()) {
      return new AnnotatedText(text == null ? "" : text, new int[0], new int[0], new int[0], new int[0], new int[0],
          new String[0], List.of());
    }
    Seq<Annotation> document = documents.assemble(text, emptyMetadata());
    Seq<Annotation> sentenceSeq = sentences.annotate(document);
    // Tokens of the whole document in one call: Spark NLP's tokenizer compiles two regexes per input annotation, so
    // per sentence it costs about twice as much. Sentence bounds always fall on whitespace, so no token crosses one;
    // each token is given its sentence below.
    Seq<Annotation> tokenSeq = tokenizer.annotate(document);

    List<Annotation> sentenceList = JavaConverters.seqAsJavaList(sentenceSeq);
    int[] sBegin = new int[sentenceList.size()];
    int[] sEnd = new int[sentenceList.size()];
    for (int i = 0; i < sBegin.length; i++) {
      Annotation a = sentenceList.get(i);
      sBegin[i] = a.begin();
      sEnd[i] = a.end() + 1;
    }
    List<Annotation> tokenList = JavaConverters.seqAsJavaList(tokenSeq);
    int n = tokenList.size();
    int[] tBegin = new int[n];
    int[] tEnd = new int[n];
    int[] tSentence = new int[n];
    String[] tText = new String[n];
    int sentence = 0;
    for (int i = 0; i < n; i++) {
      Annotation a = tokenList.get(i);
      tBegin[i] = a.begin();
      tEnd[i] = a.end() + 1;
      tText[i] = a.result();
      while (sentence + 1 < sBegin.length && tBegin[i] >= sBegin[sentence + 1]) {
        sentence++;
      }
      tSentence[i] = sentence;
    }

    List<Annotation> both = new ArrayList<>(1 + n);
    both.addAll(JavaConverters.seqAsJavaList(document));
    both.addAll(tokenList);
    List<Annotation> hitList = JavaConverters.seqAsJavaList(
        gazetteer.annotate(JavaConverters.asScalaBuffer(both).toSeq()));
    List<AnnotatedText.Hit> hits = new ArrayList<>(hitList.size());
    for (Annotation a : hitList) {
      hits.add(new AnnotatedText.Hit(a.begin(), a.end() + 1, text.substring(a.begin(), a.end() + 1)));
    }
    return new AnnotatedText(text, sBegin, sEnd, tBegin, tEnd, tSentence, tText, hits);
  }

  private static scala.collection.immutable.Map<String, String> emptyMetadata() {
    return new scala.collection.immutable.HashMap<>();
  }
}
