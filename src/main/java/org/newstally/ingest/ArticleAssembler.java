package org.newstally.ingest;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newstally.ingest.html.HtmlText;
import org.newstally.model.Article;
import org.newstally.model.RejectedRecord;

/**
 * Turns the raw fields of one record, from any format, into an accepted article or a rejection. Every format goes
 * through here, so the same content gives the same row whatever file it came from.
 */
public final class ArticleAssembler {
  private final ParseSettings settings;

  public ArticleAssembler(ParseSettings settings) {
    this.settings = settings;
  }

  public ParseOutcome assemble(String inputPath, RawFields raw, String recordRef, long position) {
    if (raw.textProblem() != null) {
      return reject(inputPath, raw, recordRef, position, RejectReason.MISSING_TEXT, raw.textProblem());
    }
    List<RejectedRecord> warnings = new ArrayList<>(2);
    if (raw.invalidUtf8()) {
      warnings.add(Issues.of(inputPath, recordRef, RejectReason.INVALID_UTF8,
          "bytes that are not UTF-8 were replaced by U+FFFD", raw.raw()));
    }
    String text = raw.get(ArticleField.TEXT);
    if (text == null) {
      String description = raw.get(ArticleField.DESCRIPTION);
      if (description == null || description.isBlank()) {
        return reject(inputPath, raw, recordRef, position, RejectReason.MISSING_TEXT,
            "no text field (looked for " + settings.fields().describe(ArticleField.TEXT) + ")");
      }
      text = description;
      warnings.add(Issues.of(inputPath, recordRef, RejectReason.DESCRIPTION_ONLY,
          "no text field; the description is used as the text", raw.raw()));
    }
    boolean markup = !raw.fromHtmlPage() && HtmlText.looksLikeHtml(text);
    String normalized = markup ? HtmlText.toText(text) : TextNormalizer.normalize(text);
    if (normalized.isEmpty()) {
      if (markup || raw.fromHtmlPage()) {
        return reject(inputPath, raw, recordRef, position, RejectReason.MARKUP_ONLY,
            "the text is HTML markup with no text in it");
      }
      return reject(inputPath, raw, recordRef, position, RejectReason.EMPTY_TEXT,
          text.isEmpty() ? "the text is empty" : "the text is only whitespace");
    }

    Article article = new Article();
    String id = TextNormalizer.inline(raw.get(ArticleField.ID));
    article.setArticleId(id != null ? id : TextNormalizer.contentId(normalized));
    if (normalized.length() > settings.maxChars()) {
      warnings.add(Issues.of(inputPath, recordRef, RejectReason.TRUNCATED, "the text has " + normalized.length()
          + " characters; the first " + settings.maxChars() + " are kept (--max-chars)", raw.raw()));
      normalized = TextNormalizer.truncate(normalized, settings.maxChars());
    }
    article.setText(normalized);
    article.setTitle(TextNormalizer.inline(raw.get(ArticleField.TITLE)));
    String url = TextNormalizer.inline(raw.get(ArticleField.URL));
    article.setUrl(url);
    String source = TextNormalizer.inline(raw.get(ArticleField.SOURCE));
    article.setSource(source != null ? source : hostOf(url));
    String published = raw.get(ArticleField.PUBLISHED);
    if (published == null || published.isBlank()) {
      article.setPublished(settings.defaultPublished());
      article.setPublishedBasis(settings.defaultPublished() != null ? "default" : null);
    } else {
      Optional<LocalDate> date = DateParser.parse(published);
      if (date.isPresent()) {
        article.setPublished(date.get());
        article.setPublishedBasis(raw.publishedBasis() != null ? raw.publishedBasis() : "input");
      } else {
        warnings.add(Issues.of(inputPath, recordRef, RejectReason.UNPARSEABLE_DATE,
            "cannot read the date '" + Issues.excerpt(published.strip()) + "'; published is left empty", raw.raw()));
      }
    }
    article.setInputPath(inputPath);
    article.setRecordRef(recordRef);
    return ParseOutcome.accepted(position, article, warnings);
  }

  /** A record that is rejected before its fields are looked at (malformed JSON, a WARC record that is not HTML). */
  public static ParseOutcome reject(String inputPath, String recordRef, long position, RejectReason reason, String detail,
      String raw) {
    return ParseOutcome.rejected(position, Issues.of(inputPath, recordRef, reason, detail, raw));
  }

  private static ParseOutcome reject(String inputPath, RawFields raw, String recordRef, long position,
      RejectReason reason, String detail) {
    return reject(inputPath, recordRef, position, reason, detail, raw.raw());
  }

  /** The host of a URL as written (lower case), or null when there is none. */
  public static String hostOf(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.trim()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
