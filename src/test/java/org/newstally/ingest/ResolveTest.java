package org.newstally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** resolve() needs only Hadoop's local file system, no Spark. */
class ResolveTest {
  private final Configuration conf = new Configuration();

  @TempDir
  Path dir;

  private Path write(String relative, String content) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content);
  }

  private List<ResolvedInput> resolve(ReadOptions options) {
    return ArticleReader.resolve(conf, options);
  }

  @Test
  void aMissingPathSaysWhichAndWhereRelativePathsStart() {
    assertThatThrownBy(() -> resolve(new ReadOptions().inputs(dir.resolve("nope.jsonl").toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope.jsonl does not exist")
        .hasMessageContaining("relative paths start at");
  }

  @Test
  void anUnreadableFileIsNamedWithTheFix() throws IOException {
    Path locked = write("locked.jsonl", "{}");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assertThatThrownBy(() -> resolve(new ReadOptions().inputs(locked.toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("locked.jsonl")
        .hasMessageContaining("permission denied")
        .hasMessageContaining("fix the permissions or leave it out");
  }

  @Test
  void anUnknownFormatSaysHowToGiveOne() throws IOException {
    Path notes = write("notes.md", "# notes");
    assertThatThrownBy(() -> resolve(new ReadOptions().inputs(notes.toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot tell the format of")
        .hasMessageContaining("notes.md")
        .hasMessageContaining("give the format explicitly");
    assertThat(resolve(new ReadOptions().inputs(notes.toString()).format(InputFormat.TEXT)))
        .extracting(ResolvedInput::format).containsExactly(InputFormat.TEXT);
  }

  @Test
  void everyProblemIsListedInOneMessage() throws IOException {
    Path notes = write("a/notes.md", "x");
    assertThatThrownBy(() -> resolve(new ReadOptions().inputs(notes.toString(), dir.resolve("gone.csv").toString(),
        dir.resolve("*.nothing").toString())))
        .hasMessageStartingWith("cannot read the inputs (3 problems):")
        .hasMessageContaining("notes.md")
        .hasMessageContaining("gone.csv does not exist")
        .hasMessageContaining("matches no files");
  }

  @Test
  void foldersAreReadRecursivelySkippingHiddenNamesAndGlobsExpand() throws IOException {
    write("in/a.jsonl", "{}");
    write("in/sub/b.csv.gz", "");
    write("in/sub/deeper/c.warc", "");
    write("in/_SUCCESS", "");
    write("in/.a.jsonl.crc", "");
    write("in/_tmp/d.jsonl", "{}");
    write("other/e.txt", "x");
    write("other/f.txt", "y");
    List<ResolvedInput> files = resolve(new ReadOptions().inputs(dir.resolve("in").toString(),
        dir.resolve("other/*.txt").toString(), dir.resolve("in/a.jsonl").toString()));
    assertThat(files).extracting(f -> f.path().substring(f.path().indexOf(dir.getFileName().toString())
        + dir.getFileName().toString().length()))
        .containsExactly("/in/a.jsonl", "/in/sub/b.csv.gz", "/in/sub/deeper/c.warc", "/other/e.txt", "/other/f.txt");
    assertThat(files).extracting(ResolvedInput::format)
        .containsExactly(InputFormat.JSONL, InputFormat.CSV, InputFormat.WARC, InputFormat.TEXT, InputFormat.TEXT);
    assertThat(files.get(1).compression()).isEqualTo(Compression.GZIP);
    assertThat(files.get(0).path()).startsWith("file:/");
  }

  @Test
  void aFolderWithNothingToReadIsAProblem() throws IOException {
    write("empty/_SUCCESS", "");
    assertThatThrownBy(() -> resolve(new ReadOptions().inputs(dir.resolve("empty").toString())))
        .hasMessageContaining("is a folder that holds no input files");
  }

  @Test
  void optionsAreCheckedToo() throws IOException {
    String file = write("x.jsonl", "{}").toString();
    assertThatThrownBy(() -> resolve(new ReadOptions().inputs(file).columns(Map.of("body", "text"))))
        .hasMessageContaining("'body' is not an article field")
        .hasMessageContaining("text=body");
    assertThatThrownBy(() -> resolve(new ReadOptions().inputs(file).maxChars(0)))
        .hasMessageContaining("--max-chars must be a positive");
    assertThatThrownBy(() -> resolve(new ReadOptions()))
        .hasMessageContaining("no inputs given");
  }

  @Test
  void columnSpecsParse() {
    assertThat(ReadOptions.parseColumns("text=body, published = pub_date"))
        .containsExactly(Map.entry("text", "body"), Map.entry("published", "pub_date"));
    assertThatThrownBy(() -> ReadOptions.parseColumns("text"))
        .hasMessageContaining("'text' is not FIELD=COLUMN");
  }
}
