package org.newstally.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Builds test inputs in memory: compressed bytes, WARC files, and the outcomes of reading them. */
public final class TestInputs {
  private TestInputs() {}

  public static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  public static byte[] gzip(byte[] content) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(content);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** bzip2 with 100 kB blocks (the smallest), so a test can damage one block and keep the ones before it. */
  public static byte[] bzip2(byte[] content) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (BZip2CompressorOutputStream bz = new BZip2CompressorOutputStream(out, 1)) {
        bz.write(content);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A gzip stream cut short with garbage in place of its end: the first {@code keepFraction} of the compressed
   * bytes survive, as when a download or copy breaks off.
   */
  public static byte[] corruptTail(byte[] gzipped, double keepFraction) {
    int keep = (int) (gzipped.length * keepFraction);
    byte[] out = Arrays.copyOf(gzipped, keep + 16);
    for (int i = keep; i < out.length; i++) {
      out[i] = (byte) (0x5A ^ i);
    }
    return out;
  }

  public static byte[] warc(boolean gzip, WarcRecord... records) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (WarcWriter writer = new WarcWriter(Channels.newChannel(out),
          gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
        for (WarcRecord r : records) {
          writer.write(r);
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static WarcResponse response(String uri, int status, String contentType, byte[] body) {
    try {
      HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
          .body(MediaType.parse(contentType), body)
          .build();
      // a crawl after every date the fixtures carry: a page cannot be published after it was fetched
      return new WarcResponse.Builder(URI.create(uri)).date(Instant.parse("2025-12-31T00:00:00Z")).body(http).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static WarcResponse htmlResponse(String uri, String html) {
    return response(uri, 200, "text/html; charset=utf-8", utf8(html));
  }

  public static WarcResource htmlResource(String uri, String html) {
    return new WarcResource.Builder(URI.create(uri)).body(MediaType.HTML_UTF8, utf8(html)).build();
  }

  public static WarcRequest request(String uri) {
    try {
      HttpRequest http = new HttpRequest.Builder("GET", URI.create(uri).getPath()).build();
      return new WarcRequest.Builder(URI.create(uri)).body(http).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Warcinfo warcinfo() {
    return new Warcinfo.Builder().fields(java.util.Map.of("software", List.of("newstally-test"))).build();
  }

  /** Reads a file's bytes the way an executor does, as if the file were called {@code name}. */
  public static List<ParseOutcome> read(byte[] bytes, String name, ParseSettings settings) {
    return read(bytes, name, InputFormat.detect(name), settings);
  }

  public static List<ParseOutcome> read(byte[] bytes, String name, InputFormat format, ParseSettings settings) {
    List<ParseOutcome> out = new ArrayList<>();
    try (RecordIterator it = RecordReaders.open(new ByteArrayInputStream(bytes), name, format,
        Compression.of(name), settings)) {
      it.forEachRemaining(out::add);
    }
    return out;
  }

  public static List<ParseOutcome> read(String content, String name) {
    return read(utf8(content), name, ParseSettings.defaults());
  }

  /** The reason codes of the outcomes' issues, in order. */
  public static List<String> reasons(List<ParseOutcome> outcomes) {
    List<String> out = new ArrayList<>();
    for (ParseOutcome o : outcomes) {
      o.issues().forEach(i -> out.add(i.getReason()));
    }
    return out;
  }
}
