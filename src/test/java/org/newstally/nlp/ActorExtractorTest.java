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
        Arguments.of("another language's spelling of the first name, with the surname, is the lexicon person", null,
            "Air force commander Nikolai Oleshchuk said the night was quiet.", List.of("Mykola Oleshchuk")),
        Arguments.of("the same in Cyrillic", null, "Командующий Николай Олещук сообщил о сбитых дронах.",
            List.of("Mykola Oleshchuk")),
        Arguments.of("a first-name variant alone does not make a lexicon person of another surname", null,
            "Nikolai Ostapenko said the night was quiet.", List.of("Nikolai Ostapenko")),
        Arguments.of("a closing guillemet is no part of a name", null,
            "«Решение принято», — сказал Пётр Наумов». Наумов добавил детали.", List.of("Пётр Наумов")),
        Arguments.of("a middle initial inside a name", null,
            "Army Secretary Daniel P. Driscoll met envoy Steve Witkoff.", List.of("Dan Driscoll", "Steve Witkoff")),
        Arguments.of("a country after 'in' is no person", null,
            "Meanwhile in Saudi Arabia, Secretary of State Marco Rubio met Andrii Sybiha.",
            List.of("Marco Rubio", "Andrii Sybiha")),
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
            "Regional governor Maksym Kozak said power would be cut.", List.of("Maksym Kozak")),
        // photo credits, bylines and lost markup
        Arguments.of("a photo credit's agency is cut at the slash", null,
            "Firefighters worked through the night. (Oksana Hrytsenko/Ukrinform/Getty Images)",
            List.of("Oksana Hrytsenko")),
        Arguments.of("a name after an agency's slash", null,
            "Smoke rose over the port on May 3, 2025. REUTERS/Taras Danyliuk", List.of("Taras Danyliuk")),
        Arguments.of("a name in capitals inside a photo credit", null,
            "Delegates shake hands. Photo: EPA/PETER HOLM / POOL", List.of("Peter Holm")),
        Arguments.of("capitals after a slash that are no name", null, "Prices rose. Source: IMF/WORLD BANK",
            List.of()),
        Arguments.of("an excerpt cut inside a name", null, "The post was signed by the author, Oksana Mel",
            List.of()),
        Arguments.of("a weekday glued to the name by lost markup", null,
            "Olena KovalThursday, 6 March 2025, 08:10", List.of("Olena Koval")),
        Arguments.of("a byline with a middle initial, then the outlet", null,
            "By Peter J. Collins Washington Post", List.of("Peter J. Collins")),
        Arguments.of("a byline with an unknown given name", null, "By Quillon Marsh", List.of("Quillon Marsh")),
        Arguments.of("a byline followed by the date", null, "by Dana Whitfield March 3, 2025 4:10 PM",
            List.of("Dana Whitfield")),
        Arguments.of("a reporting credit", null, "(Reporting by Quillon Marsh; editing by Ferdie Lusk)",
            List.of("Quillon Marsh", "Ferdie Lusk")),
        Arguments.of("an Arabic name with bin and al-", null, "Prince Nawaf bin Saad al-Harbi met the delegation.",
            List.of("Nawaf bin Saad al-Harbi")),
        Arguments.of("a longer form of a name already found is the same person", null,
            "Lena Brant spoke first. Later she posted: Lena Brant Moreau (@lbm) June 3, 2025",
            List.of("Lena Brant")),
        // what is not a name
        Arguments.of("title words left before a lexicon name", null,
            "The talks were hosted by Turkish Foreign Minister Hakan Fidan.", List.of("Hakan Fidan")),
        Arguments.of("a Ukrainian place name before an appositive is no person", null,
            "Drones hit Velyka Bilozerka, the head of the district said, and Kryvyi Rih, an official said.",
            List.of()),
        Arguments.of("a name that ends in an organisation word is the organisation", null,
            "Flights resumed from Ben Gurion Airport on Monday.", List.of()),
        Arguments.of("a given name with another initial before a lexicon surname is someone else", null,
            "Columnist Tom Rubio wrote about the talks.", List.of("Tom Rubio")),
        Arguments.of("a relative of a lexicon person keeps her own name", null,
            "Melania Trump and Donald Trump arrived; Olena Zelenska greeted them.",
            List.of("Melania Trump", "Donald Trump", "Olena Zelenska")),
        Arguments.of("a sentence-initial word is not a spelling of a surname", null,
            "Schools stayed shut across the region.", List.of()),
        Arguments.of("a headline's capitals are not spellings of surnames", "Lviv Schools Reopen After Blackout",
            "Classes resumed on Monday.", List.of()),
        Arguments.of("a sentence starting with 'By' is no byline", null,
            "By Christmas Eve, the talks had stalled.", List.of()),
        Arguments.of("'by' in running text is no byline", null,
            "The footage was first shown by Radio Liberty on Tuesday.", List.of()),
        // spelling variants of lexicon people
        Arguments.of("a transliteration of a lexicon person", null, "Sergei Lavrow said nothing.",
            List.of("Sergey Lavrov")),
        Arguments.of("a one-letter slip in a lexicon surname", null, "President Volodymyr Zelenksyy spoke.",
            List.of("Volodymyr Zelenskyy")),
        Arguments.of("a surname alone in a German spelling", null, "Der Präsident Selenskyj sagte das.",
            List.of("Volodymyr Zelenskyy")),
        Arguments.of("a lexicon person in Cyrillic after an untranslated title", null,
            "Канцлер Германии Фридрих Мерц ушел.", List.of("Friedrich Merz")),
        Arguments.of("a Cyrillic given name makes a person", null, "Нападающий Виктор Ковальчук забил гол.",
            List.of("Виктор Ковальчук")));
  }

  @Test
  void cutNamesKeepOffsetsIntoTheText() {
    String text = "Olena KovalThursday, 6 March.\nA fire (Oksana Hrytsenko/Ukrinform/Getty Images).\n"
        + "Smoke on May 3. REUTERS/Taras Danyliuk\nPhoto: EPA/PETER HOLM / POOL\nBy Peter J. Collins Washington Post";
    List<ActorMention> m = Extraction.of(text, "2025-01-01").getMentions();
    assertThat(m).extracting(ActorMention::getSurface).containsExactly("Olena Koval", "Oksana Hrytsenko",
        "Taras Danyliuk", "PETER HOLM", "Peter J. Collins");
    for (ActorMention a : m) {
      assertThat(text.substring(a.getBegin(), a.getEnd())).isEqualTo(a.getSurface());
    }
    assertThat(m.get(3).getActor()).isEqualTo("Peter Holm");
  }

  @Test
  void variantMatchesSayHowTheyMatched() {
    ArticleExtraction ex = Extraction.of("Sergei Lavrow met Volodymyr Zelenksyy. Later Selenskyj left.",
        "2025-01-01");
    assertThat(ex.getMentions()).extracting(m -> m.getActor() + ":" + m.getOrigin()).containsExactly(
        "Sergey Lavrov:transliteration", "Volodymyr Zelenskyy:edit_distance", "Volodymyr Zelenskyy:transliteration");
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
