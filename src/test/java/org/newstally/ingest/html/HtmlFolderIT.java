package org.newstally.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newstally.ingest.TestInputs.gzip;
import static org.newstally.ingest.TestInputs.utf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstally.SparkTestSession;
import org.newstally.ingest.ArticleReader;
import org.newstally.ingest.IngestResult;
import org.newstally.ingest.ReadOptions;
import org.newstally.model.Article;
import org.newstally.model.RejectedRecord;

/** A folder of saved pages (as a crawler's dump or a wget mirror leaves them) reads as articles, one per page. */
class HtmlFolderIT {
  @TempDir
  Path dir;

  private static String page(String title, String url, String sentence) {
    return "<html><head><title>" + title + "</title>" + (url == null ? "" : "<meta property=og:url content='" + url
        + "'>") + "</head><body><div class=menu><a href=/>Home</a> <a href=/news>News</a></div><article><p>"
        + sentence + "</p></article></body></html>";
  }

  @Test
  void htmlAndHtmFilesGzippedOrNotAreArticles() throws IOException {
    Files.createDirectories(dir.resolve("site/2024/05"));
    Files.writeString(dir.resolve("site/2024/05/one.html"), page("One", "https://site.example/2024/05/03/one",
        "The first saved page tells of a new school that opened in the town on Friday morning."));
    Files.write(dir.resolve("site/2024/05/two.htm.gz"), gzip(utf8(page("Two", null,
        "The second saved page, compressed, tells of a library that extended its opening hours."))));
    Files.writeString(dir.resolve("site/empty.html"), "<html><body><nav><a href=/>Home</a></nav></body></html>");

    IngestResult result = ArticleReader.read(SparkTestSession.get(),
        new ReadOptions().inputs(dir.resolve("site").toString()));
    List<Article> articles = result.articles().collectAsList();
    List<RejectedRecord> issues = result.issues().collectAsList();

    assertThat(articles).extracting(Article::getTitle).containsExactlyInAnyOrder("One", "Two");
    Article one = articles.stream().filter(a -> a.getTitle().equals("One")).findFirst().orElseThrow();
    assertThat(one.getUrl()).isEqualTo("https://site.example/2024/05/03/one");
    assertThat(one.getPublished()).hasToString("2024-05-03");
    assertThat(one.getPublishedBasis()).isEqualTo("url");
    assertThat(one.getText()).startsWith("The first saved page");
    Article two = articles.stream().filter(a -> a.getTitle().equals("Two")).findFirst().orElseThrow();
    assertThat(two.getUrl()).endsWith("two.htm.gz");
    assertThat(issues).extracting(RejectedRecord::getReason).containsExactly("markup_only");
  }
}
