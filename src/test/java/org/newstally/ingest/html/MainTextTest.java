package org.newstally.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What stays out of the main text and what stays in, one phenomenon a case (invented pages). */
class MainTextTest {
  private static final String STORY = "<p>The harbour authority said on Monday that the new ferry terminal, "
      + "built over three years, would open to passengers in June.</p>"
      + "<p>Officials expect about 4,000 travellers a day, rising to 6,000 in the summer months.</p>"
      + "<p>The old terminal, in use since 1962, will be turned into a market hall, the mayor said.</p>";
  private static final String STORY_TEXT = "The harbour authority said on Monday that the new ferry terminal, "
      + "built over three years, would open to passengers in June.\n\n"
      + "Officials expect about 4,000 travellers a day, rising to 6,000 in the summer months.\n\n"
      + "The old terminal, in use since 1962, will be turned into a market hall, the mayor said.";

  private static String text(String body) {
    return MainText.extract(Jsoup.parse("<html><body>" + body + "</body></html>").body());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "comment section|<div class=comments><p>Great news, finally, after all these years of waiting, well done "
          + "everyone involved!</p><p>I disagree, it is a waste of money, and nobody asked the residents.</p></div>",
      "related list|<div class=related-stories><ul><li><a href=/a>Ferry strike ends after two weeks of talks "
          + "</a></li><li><a href=/b>Port traffic up 5% in the first quarter of the year</a></li></ul></div>",
      "share bar|<div class='share-tools'><a href=/fb>Facebook</a> <a href=/tw>Twitter</a> Share this story</div>",
      "caption|<figure><img src=x.jpg><figcaption>The new terminal seen from the water, with cranes in the "
          + "background, on Sunday.</figcaption></figure>",
      "newsletter box|<div class=newsletter-signup><p>Sign up for our morning briefing, with the news you need, "
          + "delivered every day.</p></div>",
      "hidden block|<div style='display: none'><p>Subscribers only: the full text of this story, with more "
          + "details and pictures.</p></div>",
      "headline|<h1>Ferry terminal to open in June, harbour authority says</h1>",
      "stock line|<p>Advertisement</p>",
  })
  void boilerplateAroundTheStoryStaysOut(String name, String furniture) {
    assertThat(text("<div class=page><article>" + furniture + STORY + "</article>" + furniture + "</div>"))
        .isEqualTo(STORY_TEXT);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a story split by ad slots|<div class=story><div class=body-part>%1</div><div class=ad-slot>Ad</div>"
          + "<div class=body-part>%2</div></div>",
      "a wrapper named like an ad slot that holds the story|<div class='page-ad-margins'><article>%1%2</article>"
          + "</div>",
      "one paragraph per card|<div id=story-cards><div class=card><div class=card-inner>%1</div></div>"
          + "<div class=card><div class=card-inner>%2</div></div></div>",
      "a wrapper named sidebar that holds the headline|<div class='container with-sidebar'><h1>Ferry</h1>"
          + "<div class=entry>%1%2</div></div>",
  })
  void theWholeStoryStaysIn(String name, String layout) {
    String[] parts = STORY.split("(?<=</p>)", 2);
    String page = layout.replace("%1", parts[0]).replace("%2", parts[1]);
    if (page.contains("card")) {
      // each card holds one paragraph
      page = page.replace("<div class=card-inner>" + parts[1], "<div class=card-inner>" + parts[1]
          .replace("</p><p>", "</p></div></div><div class=card><div class=card-inner><p>"));
    }
    assertThat(text(page)).isEqualTo(STORY_TEXT);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "text straight in a div between breaks|<div class=body>The council met on Monday, after a long summer "
          + "break.<div class=br></div>It approved the budget, with two votes against.</div>"
          + "|The council met on Monday, after a long summer break.¶¶It approved the budget, with two votes against.",
      "subheadings and list items are paragraphs|<article><p>The plan has three parts, the minister said, and "
          + "each has a budget.</p><h2>Roads</h2><ul><li>Two new bridges, built by 2027.</li></ul></article>"
          + "|The plan has three parts, the minister said, and each has a budget.¶¶Roads¶¶Two new bridges, "
          + "built by 2027.",
      "a line break stays a line break|<article><p>The statement read, in full, as follows, according to the "
          + "agency:<br>We will rebuild.</p></article>|The statement read, in full, as follows, according to the "
          + "agency:¶We will rebuild.",
  })
  void blocksBecomeParagraphs(String name, String body, String expected) {
    assertThat(text(body)).isEqualTo(expected.replace("¶", "\n"));
  }
}
