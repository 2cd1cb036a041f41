package org.newstally.synth;

/**
 * The styles the corpus is made of, with their share of articles (per cent). The category mix follows the dev
 * corpus: roughly half strike reports, a third meeting stories, the rest distractors and mixed articles.
 */
public enum ArticleKind {
  WIRE(Category.STRIKE, 13),
  LIVE_BLOG(Category.STRIKE, 7),
  FEATURE(Category.STRIKE, 7),
  OPINION(Category.STRIKE, 5),
  BULLETIN(Category.STRIKE, 7),
  EVENING(Category.STRIKE, 6),
  MIXED(Category.MIXED, 8),
  MEETING_REPORT(Category.MEETING, 14),
  MEETING_PREVIEW(Category.MEETING, 8),
  DIPLOMACY_ROUNDUP(Category.MEETING, 8),
  RUSSIAN_MOD_CLAIM(Category.DISTRACTOR, 4),
  WEEKLY_TOTALS(Category.DISTRACTOR, 3),
  CASUALTY_REPORT(Category.DISTRACTOR, 3),
  ENERGY_AND_PRICES(Category.DISTRACTOR, 3),
  MIDDLE_EAST(Category.DISTRACTOR, 2),
  ENVOYS_NO_MEETING(Category.DISTRACTOR, 2);

  private final Category category;
  private final int weight;

  ArticleKind(Category category, int weight) {
    this.category = category;
    this.weight = weight;
  }

  public Category category() {
    return category;
  }

  static ArticleKind draw(Rand rand) {
    int total = 0;
    for (ArticleKind k : values()) {
      total += k.weight;
    }
    int x = rand.index(total);
    for (ArticleKind k : values()) {
      x -= k.weight;
      if (x < 0) {
        return k;
      }
    }
    throw new IllegalStateException("weights do not add up");
  }
}
