package org.newstally.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 decoding that replaces bad bytes with U+FFFD and says whether it had to. */
public final class Utf8 {
  /** A decoded string and whether the bytes held invalid UTF-8. */
  public record Decoded(String text, boolean invalid) {}

  private Utf8() {}

  public static Decoded decode(byte[] bytes, int offset, int length) {
    String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
    // The JDK's replacing decoder is the fast path; only a U+FFFD in its output can mean bad input, and a strict
    // decode then tells a genuine U+FFFD in the input from a replaced byte.
    if (text.indexOf('\uFFFD') < 0) {
      return new Decoded(text, false);
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, length));
      return new Decoded(text, false);
    } catch (CharacterCodingException e) {
      return new Decoded(text, true);
    }
  }
}
