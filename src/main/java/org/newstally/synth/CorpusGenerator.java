package org.newstally.synth;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Writes a synthetic news corpus with known ground truth: articles.jsonl in the dev corpus shape and gold.jsonl in
 * the dev gold format, produced from the same random choices. Article i depends only on (seed, i) and the nights,
 * so the output is byte-identical for the same configuration, any article can be regenerated alone, and writing
 * streams: memory stays O(nights) however many articles are written.
 */
public final class CorpusGenerator {
  private static final Logger LOG = LogManager.getLogger(CorpusGenerator.class);
  private static final long ARTICLE_PURPOSE = 0x41525449434C45L;
  private static final long PROGRESS_NANOS = 10_000_000_000L;

  private final GeneratorConfig cfg;
  private final NightSource nights;
  private final int activeNights;

  /** Loads the Air Force figures when the config names them, otherwise uses synthetic nights. */
  public CorpusGenerator(GeneratorConfig cfg) {
    this(cfg, cfg.figures() == null ? new SyntheticNights(cfg.seed()) : AirForceNights.load(cfg.figures()));
  }

  /** Uses the given nights (for harnesses that build or share them). */
  public CorpusGenerator(GeneratorConfig cfg, NightSource nights) {
    this.cfg = cfg;
    this.nights = nights;
    // About six articles per reported night, so each night gets several outlets (about three strike reports) that
    // disagree in their hedges and wording, while big corpora spread over every night there is.
    this.activeNights = (int) Math.min(nights.size(), Math.max(24, cfg.articles() / 6));
  }

  public NightSource nights() {
    return nights;
  }

  /** The article at {@code index} (0-based), computed from (seed, index) alone. */
  public GeneratedArticle article(long index) {
    Rand r = new Rand(cfg.seed(), index, ARTICLE_PURPOSE);
    ArticleKind kind = ArticleKind.draw(r);
    ArticleDraft d;
    switch (kind.category()) {
      case STRIKE:
      case MIXED:
        int active = r.index(Math.min(activeNights, nights.size()));
        int nightIndex = (int) ((long) active * nights.size() / activeNights);
        d = StrikeStories.write(kind, r, nights, nightIndex);
        break;
      case MEETING:
        d = MeetingStories.write(kind, r);
        break;
      default:
        d = DistractorStories.write(kind, r);
    }
    String id = String.format(Locale.ROOT, "s%07d", index + 1);
    String url = "https://www." + ArticleDraft.slug(d.source()) + ".example/"
        + (d.published() == null ? "news" : d.published().toString().replace('-', '/')) + "/" + id;
    return new GeneratedArticle(index, id, kind, d.articleJson(id, url), d.goldJson(id, kind.category()));
  }

  /** Writes every article and its gold, one JSON object per line each. The writers are flushed, not closed. */
  public GenerationSummary write(Writer articles, Writer gold) throws IOException {
    long start = System.nanoTime();
    long lastReport = start;
    long articleBytes = 0;
    long goldBytes = 0;
    LOG.info("generating {} articles, seed {}, from {}", cfg.articles(), cfg.seed(), nights.describe());
    for (long i = 0; i < cfg.articles(); i++) {
      GeneratedArticle a = article(i);
      articles.write(a.articleJson());
      articles.write('\n');
      gold.write(a.goldJson());
      gold.write('\n');
      articleBytes += utf8Length(a.articleJson()) + 1;
      goldBytes += utf8Length(a.goldJson()) + 1;
      long now = System.nanoTime();
      if (now - lastReport > PROGRESS_NANOS) {
        LOG.info("{} of {} articles written", i + 1, cfg.articles());
        lastReport = now;
      }
    }
    articles.flush();
    gold.flush();
    GenerationSummary summary = new GenerationSummary(cfg.articles(), articleBytes, goldBytes,
        System.nanoTime() - start);
    LOG.info("generated {}", summary);
    return summary;
  }

  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
