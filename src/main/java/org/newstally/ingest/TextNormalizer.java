package org.newstally.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one place article text is normalised. Every offset computed downstream points into the text this returns, so
 * it must stay the same across reruns and formats.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /**
   * CRLF and CR become LF, no-break spaces (U+00A0, U+2007, U+202F) become spaces, a leading byte order mark is
   * dropped, each line loses its trailing whitespace, runs of blank lines become one blank line (paragraph breaks
   * survive), and leading and trailing blank lines go. Typographic quotes and dashes are kept as they are.
   */
  public static String normalize(String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(raw.length());
    StringBuilder line = new StringBuilder();
    boolean blankBefore = false;
    int n = raw.length();
    int start = n > 0 && raw.charAt(0) == '\uFEFF' ? 1 : 0;
    for (int i = start; i <= n; i++) {
      char c = i < n ? raw.charAt(i) : '\n';
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') {
          i++;
        }
        int end = line.length();
        while (end > 0 && isSpace(line.charAt(end - 1))) {
          end--;
        }
        if (end == 0) {
          blankBefore = out.length() > 0;
        } else {
          if (out.length() > 0) {
            out.append(blankBefore ? "\n\n" : "\n");
          }
          out.append(line, 0, end);
          blankBefore = false;
        }
        line.setLength(0);
      } else {
        line.append(isNoBreakSpace(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  /** A one-line value (title, source, url, id): whitespace runs become one space, trimmed; null when empty. */
  public static String inline(String raw) {
    if (raw == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (isSpace(c) || c == '\n' || c == '\r' || c == '\uFEFF') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.length() == 0 ? null : out.toString();
  }

  /** Cuts a normalised text to at most maxChars characters, never inside a surrogate pair, without trailing blanks. */
  public static String truncate(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    int end = maxChars;
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    while (end > 0 && (isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == '\n')) {
      end--;
    }
    return text.substring(0, end);
  }

  /** The id of an article that has none: the first 16 hex digits of the SHA-256 of its normalised UTF-8 text. */
  public static String contentId(String normalizedText) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalizedText.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks SHA-256", e);
    }
  }

  private static boolean isNoBreakSpace(char c) {
    return c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }

  private static boolean isSpace(char c) {
    return c != '\n' && c != '\r' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
  }
}
