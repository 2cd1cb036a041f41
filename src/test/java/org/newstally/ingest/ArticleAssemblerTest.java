package org.newstally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newstally.model.Article;

class ArticleAssemblerTest {
  private final ArticleAssembler assembler = new ArticleAssembler(ParseSettings.defaults());

  private ParseOutcome assemble(RawFields raw) {
    return assembler.assemble("in", raw.raw("raw"), "line:1", 1);
  }

  @Test
  void sourceFallsBackToTheHostOfTheUrl() {
    Article a = assemble(new RawFields().set(ArticleField.TEXT, "Body.")
        .set(ArticleField.URL, "https://News.Example.org/a?b=c")).article();
    assertThat(a.getSource()).isEqualTo("news.example.org");
    Article given = assemble(new RawFields().set(ArticleField.TEXT, "Body.").set(ArticleField.SOURCE, " Desk ")
        .set(ArticleField.URL, "https://news.example.org/a")).article();
    assertThat(given.getSource()).isEqualTo("Desk");
  }

  @Test
  void theSameTextGetsTheSameIdWhateverItsWhitespace() {
    String a = assemble(new RawFields().set(ArticleField.TEXT, "One.\r\n\r\n\r\nTwo.  ")).article().getArticleId();
    String b = assemble(new RawFields().set(ArticleField.TEXT, "\nOne.\n\nTwo.\n")).article().getArticleId();
    assertThat(a).isEqualTo(b).hasSize(16).matches("[0-9a-f]{16}");
  }

  @Test
  void aGivenIdIsKeptAndABlankOneIsReplacedByTheContentId() {
    assertThat(assemble(new RawFields().set(ArticleField.TEXT, "x").set(ArticleField.ID, " id-9 ")).article()
        .getArticleId()).isEqualTo("id-9");
    assertThat(assemble(new RawFields().set(ArticleField.TEXT, "x").set(ArticleField.ID, "  ")).article()
        .getArticleId()).isEqualTo(TextNormalizer.contentId("x"));
  }

  @Test
  void theDescriptionStandsInOnlyForAnAbsentText() {
    ParseOutcome blank = assemble(new RawFields().set(ArticleField.TEXT, " ").set(ArticleField.DESCRIPTION, "D."));
    assertThat(blank.issues()).extracting("reason").containsExactly("empty_text");
    ParseOutcome absent = assemble(new RawFields().set(ArticleField.DESCRIPTION, "D."));
    assertThat(absent.article().getText()).isEqualTo("D.");
    assertThat(absent.issues()).extracting("reason").containsExactly("description_only");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Range <5 km and >2 km.", "Wire <Reuters> reported it.", "a<b and c>d"})
  void proseWithAngleBracketsIsNotHtml(String text) {
    assertThat(assemble(new RawFields().set(ArticleField.TEXT, text)).article().getText()).isEqualTo(text);
  }

  @Test
  void aRejectedRecordCarriesOnlyItsRejection() {
    ParseOutcome out = assemble(new RawFields().invalidUtf8(true).set(ArticleField.TEXT, "<p></p>")
        .set(ArticleField.PUBLISHED, "not a date"));
    assertThat(out.isAccepted()).isFalse();
    assertThat(out.issues()).extracting("reason").containsExactly("markup_only");
    assertThat(out.issues().get(0).getExcerpt()).isEqualTo("raw");
  }

  @Test
  void excerptsAreCutAt200Characters() {
    ParseOutcome out = assembler.assemble("in", new RawFields().raw("z".repeat(300)), "line:1", 1);
    assertThat(out.issues().get(0).getExcerpt()).hasSize(200);
  }
}
