package org.newstally.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newstally.model.ActorMention;
import org.newstally.model.ArticleExtraction;

/** People and organisations from short texts written for these tests. */
class ActorExtractorTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("transliterations resolve to one canonical name", null,
            "Zelensky met Zelenskiy's team; Volodymyr Zelenskyy spoke later.", List.of("Volodymyr Zelenskyy")),
        Arguments.of("spelling variants", null, "Sergei Lavrov and Yury Ushakov met Steven Witkoff.",
            List.of("Sergey Lavrov", "Yuri Ushakov", "Steve Witkoff")),
        Arguments.of("title before a name not in the lexicon", null,
            "Energy Minister Olena Marchuk said the grid held. Marchuk added that repairs had begun.",
            List.of("Olena Marchuk")),
        Arguments.of("appositive role after a name", null,
            "Taras Hnatiuk, the head of the regional military administration, reported damage.",
            List.of("Taras Hnatiuk")),
        Arguments.of("role with a comma before the name", null,
            "The city's mayor, Ihor Sapozhko, said schools would stay closed.", List.of("Ihor Sapozhko")),
        Arguments.of("given name alone is enough", null, "Maksym Kozak said the bridge was hit.",
            List.of("Maksym Kozak")),
        Arguments.of("title-led name with a particle", null,
            "Prince Khalid bin Salman hosted the talks.", List.of("Khalid bin Salman")),
        Arguments.of("a single name is not a full name", null, "Halyna, a retired teacher, swept the glass.",
            List.of()),
        Arguments.of("places, organisations and outlets are not people", null,
            "The Dolmabahce Palace, the Black Sea and the European Union were mentioned by Ukrenergo.", List.of()),
        Arguments.of("hyphenated pair of names", null, "A Trump-Putin summit was discussed.",
            List.of("Donald Trump", "Vladimir Putin")),
        Arguments.of("surname in the title resolves to the body's full name", "Kozak warns of blackouts",
            "Regional governor Maksym Kozak said power would be cut.", List.of("Maksym Kozak")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void people(String name, String title, String text, List<String> expected) {
    assertThat(Extraction.people(title, text)).as(text).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void mentionsCarryOffsetsRoleAndOrigin() {
    String text = "US special envoy Steve Witkoff met Putin. Energy Minister Olena Marchuk spoke.";
    ArticleExtraction ex = Extraction.of(text, "2025-01-01");
    List<ActorMention> m = ex.getMentions();
    assertThat(m).extracting(ActorMention::getSurface)
        .containsExactly("Steve Witkoff", "Putin", "Olena Marchuk");
    for (ActorMention a : m) {
      assertThat(text.substring(a.getBegin(), a.getEnd())).isEqualTo(a.getSurface());
    }
    assertThat(m.get(1).getActor()).isEqualTo("Vladimir Putin");
    assertThat(m.get(1).getOrigin()).isEqualTo("lexicon");
    assertThat(m.get(1).isEnvoy()).isTrue();
    assertThat(m.get(2).getOrigin()).isEqualTo("discovered");
    assertThat(m.get(2).getRole()).isEqualTo("Energy Minister");
    assertThat(m.get(2).getSentenceIndex()).isEqualTo(1);
  }
}
