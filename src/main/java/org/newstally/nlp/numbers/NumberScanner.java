package org.newstally.nlp.numbers;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.newstally.lexicon.NumberLexicon;

/**
 * Finds every numeric expression in a sentence: counts, durations, fractions, percentages, ordinals, money,
 * distances, ages, dates, times and years, each with its hedge ("more than"), range, unit and counted noun. See
 * {@link NumberMention} for the value conventions and {@link SentenceScan} for the grammar.
 *
 * <p>Serializable (it carries only the lexicon) and safe to share between threads: each thread scans with its own
 * reusable state, so a broadcast scanner can serve all tasks of an executor.
 */
public final class NumberScanner implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LogManager.getLogger(NumberScanner.class);

  private final NumberLexicon lexicon;
  /**
   * Per-thread scanning state. Transient and created lazily, because serializers that skip readObject (Kryo)
   * leave it null; two threads racing to create it only cost one spare instance.
   */
  private transient volatile ThreadLocal<SentenceScan> scans;

  public NumberScanner(NumberLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** Every numeric expression in one sentence, left to right, non-overlapping. Never throws, on any input. */
  public List<NumberMention> scan(String sentence) {
    if (sentence == null || sentence.isEmpty()) {
      return List.of();
    }
    try {
      return scanOrThrow(sentence);
    } catch (RuntimeException | StackOverflowError e) {
      // a bug in the grammar must not fail a whole partition; the fuzz test calls scanOrThrow to catch such bugs
      LOG.warn("number scan failed on a sentence of {} chars starting '{}': {}", sentence.length(),
          sentence.substring(0, Math.min(60, sentence.length())), e.toString());
      return List.of();
    }
  }

  /** {@link #scan} without the safety net, for tests. */
  List<NumberMention> scanOrThrow(String sentence) {
    ThreadLocal<SentenceScan> local = scans;
    if (local == null) {
      NumberLexicon lex = lexicon;
      local = ThreadLocal.withInitial(() -> new SentenceScan(lex));
      scans = local;
    }
    return local.get().run(sentence);
  }

  public NumberLexicon lexicon() {
    return lexicon;
  }
}
