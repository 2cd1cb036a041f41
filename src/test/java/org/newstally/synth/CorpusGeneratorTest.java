package org.newstally.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
  private static final int ARTICLES = 3000;
  private static CorpusGenerator generator;
  private static String[] articleLines;
  private static String[] goldLines;

  @BeforeAll
  static void generate() throws IOException {
    generator = new CorpusGenerator(GeneratorConfig.synthetic(ARTICLES, 20240324L));
    StringWriter articles = new StringWriter();
    StringWriter gold = new StringWriter();
    generator.write(articles, gold);
    articleLines = articles.toString().split("\n");
    goldLines = gold.toString().split("\n");
  }

  @Test
  void sameSeedGivesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
    StringWriter[] first = run(200, 7);
    StringWriter[] second = run(200, 7);
    StringWriter[] other = run(200, 8);
    assertThat(second[0].toString()).isEqualTo(first[0].toString());
    assertThat(second[1].toString()).isEqualTo(first[1].toString());
    assertThat(other[0].toString()).isNotEqualTo(first[0].toString());
    assertThat(other[1].toString()).isNotEqualTo(first[1].toString());
  }

  @Test
  void anyArticleCanBeRegeneratedAloneFromItsIndex() {
    for (int i : new int[] {0, 17, 1234, ARTICLES - 1}) {
      GeneratedArticle again = generator.article(i);
      assertThat(again.articleJson()).isEqualTo(articleLines[i]);
      assertThat(again.goldJson()).isEqualTo(goldLines[i]);
    }
  }

  @Test
  void everyGoldRecordIsBackedByItsTextAndItsNight() {
    assertThat(articleLines).hasSize(ARTICLES);
    assertThat(goldLines).hasSize(ARTICLES);
    for (int i = 0; i < ARTICLES; i++) {
      GoldChecks.check(GoldChecks.parse(articleLines[i]), GoldChecks.parse(goldLines[i]), generator.nights());
    }
  }

  @Test
  void corpusHasTheDevShapeSizeAndMix() {
    Map<String, Integer> categories = new HashMap<>();
    Map<ArticleKind, Integer> kinds = new EnumMap<>(ArticleKind.class);
    long bytes = 0;
    int nullPublished = 0;
    for (int i = 0; i < ARTICLES; i++) {
      JsonNode article = GoldChecks.parse(articleLines[i]);
      categories.merge(GoldChecks.parse(goldLines[i]).get("category").asText(), 1, Integer::sum);
      kinds.merge(generator.article(i).kind(), 1, Integer::sum);
      bytes += CorpusGenerator.utf8Length(articleLines[i]) + 1;
      nullPublished += article.get("published").isNull() ? 1 : 0;
    }
    double mean = (double) bytes / ARTICLES;
    assertThat(mean).as("mean article size in bytes").isBetween(1800.0, 2400.0);
    assertThat(nullPublished / (double) ARTICLES).as("share of null published dates").isBetween(0.25, 0.35);
    assertThat(kinds).as("every style occurs").hasSize(ArticleKind.values().length);
    assertThat(categories.get("strike") / (double) ARTICLES).isBetween(0.40, 0.50);
    assertThat(categories.get("meeting") / (double) ARTICLES).isBetween(0.25, 0.35);
    assertThat(categories.get("mixed") / (double) ARTICLES).isBetween(0.05, 0.11);
    assertThat(categories.get("distractor") / (double) ARTICLES).isBetween(0.13, 0.21);
  }

  @Test
  void goldCoversThePhenomenaTheEvaluatorScores() {
    Map<String, Integer> seen = new HashMap<>();
    Map<String, Integer> outletsPerNight = new HashMap<>();
    for (String line : goldLines) {
      JsonNode gold = GoldChecks.parse(line);
      for (JsonNode s : gold.get("strikes")) {
        s.fieldNames().forEachRemaining(f -> seen.merge(f, 1, Integer::sum));
        seen.merge("qualifier=" + s.get("qualifier").asText(), 1, Integer::sum);
        String note = s.has("note") ? s.get("note").asText() : "";
        if (note.contains("back-reference")) {
          seen.merge("back-reference", 1, Integer::sum);
        } else {
          String night = s.get("night_end").isNull() ? s.get("night_end_inferred").asText()
              : s.get("night_end").asText();
          outletsPerNight.merge(night, 1, Integer::sum);
        }
        if (note.contains("shot down or suppressed")) {
          seen.merge("shot down or suppressed", 1, Integer::sum);
        }
      }
      for (JsonNode m : gold.get("meetings")) {
        seen.merge("status=" + m.get("status").asText(), 1, Integer::sum);
        m.fieldNames().forEachRemaining(f -> seen.merge("meeting." + f, 1, Integer::sum));
      }
      for (JsonNode o : gold.get("other_numbers")) {
        if (o.get("object").asText().contains("not a meeting")) {
          seen.merge("duration trap", 1, Integer::sum);
        }
        if (o.get("object").asText().contains("Russian MoD")) {
          seen.merge("MoD claim", 1, Integer::sum);
        }
        if (o.get("object").asText().contains("regional sub-count")) {
          seen.merge("regional sub-count", 1, Integer::sum);
        }
      }
    }
    assertThat(seen).containsKeys("night_end_inferred", "qualifier_drones", "qualifier_missiles",
        "qualifier_downed", "total_launched", "drones_lost_jammed", "missiles_breakdown",
        "missiles_downed_breakdown", "lead_hedge", "downed_evidence", "missiles_evidence", "jammed_evidence",
        "qualifier=exact", "qualifier=more_than", "qualifier=at_least", "qualifier=about", "qualifier=almost",
        "back-reference", "shot down or suppressed", "status=held", "status=planned", "status=cancelled",
        "status=postponed", "status=possible", "status=not_scheduled", "meeting.date_inferred",
        "meeting.duration_qualifier", "meeting.duration_days", "meeting.participants_evidence",
        "meeting.duration_evidence", "duration trap", "MoD claim", "regional sub-count");
    double outlets = outletsPerNight.values().stream().mapToInt(Integer::intValue).average().orElse(0);
    assertThat(outlets).as("strike reports per reported night").isGreaterThan(2.0);
  }

  @Test
  void textsUseTheNameVariantsAndNumberWords() {
    String all = String.join("\n", articleLines);
    assertThat(all).contains("Zelensky ", "Zelenskiy", "Sergei Lavrov", "Yury Ushakov", "Steven Witkoff",
        "Kirill Dmitriyev", "Daniel Driscoll", "Andriy Yermak", "Rustem Umierov");
    assertThat(all).containsPattern("\\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|"
        + "four|five|six|seven|eight|nine)\\b");
    assertThat(all).containsPattern("\\b(one|two|three|four|five|six|seven|eight|nine) hundred and \\w+");
    assertThat(all).contains("overnight into ", "last night", "On the night of ", "lost from radar",
        "locationally lost");
  }

  private static StringWriter[] run(long articles, long seed) throws IOException {
    StringWriter a = new StringWriter();
    StringWriter g = new StringWriter();
    new CorpusGenerator(GeneratorConfig.synthetic(articles, seed)).write(a, g);
    return new StringWriter[] {a, g};
  }
}
