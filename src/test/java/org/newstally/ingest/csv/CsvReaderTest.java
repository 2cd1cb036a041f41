package org.newstally.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newstally.ingest.TestInputs.concat;
import static org.newstally.ingest.TestInputs.read;
import static org.newstally.ingest.TestInputs.reasons;
import static org.newstally.ingest.TestInputs.utf8;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newstally.ingest.FieldMapping;
import org.newstally.ingest.ParseOutcome;
import org.newstally.ingest.ParseSettings;
import org.newstally.ingest.TestInputs;
import org.newstally.model.Article;
import org.newstally.model.RejectedRecord;

class CsvReaderTest {

  @Test
  void quotedFieldsMaySpanLinesAndRefsNameTheFirstLine() {
    List<ParseOutcome> out = read(
        "id,title,published,text\n"
            + "c1,Plain row,2025-02-03,One line of text.\n"
            + "c2,\"Quoted, with comma\",Feb 4 2025,\"First paragraph.\n\nSecond paragraph with \"\"quotes\"\".\"\n"
            + "\n"
            + "c3,Last,,Tail.\n",
        "in.csv");
    assertThat(out).allMatch(ParseOutcome::isAccepted);
    assertThat(out).extracting(o -> o.article().getRecordRef()).containsExactly("line:2", "line:3", "line:7");
    Article second = out.get(1).article();
    assertThat(second.getTitle()).isEqualTo("Quoted, with comma");
    assertThat(second.getText()).isEqualTo("First paragraph.\n\nSecond paragraph with \"quotes\".");
    assertThat(second.getPublished()).isEqualTo(LocalDate.of(2025, 2, 4));
    assertThat(out.get(2).article().getPublished()).isNull();
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsRejectedAndReadingGoesOn() {
    List<ParseOutcome> out = read("id,text\nk1,fine\nk2,too,many\nk3\nk4,\"also fine\"\n", "f.csv");
    assertThat(reasons(out)).containsExactly("csv_field_count", "csv_field_count");
    RejectedRecord tooMany = out.get(1).issues().get(0);
    assertThat(tooMany.getRecordRef()).isEqualTo("line:3");
    assertThat(tooMany.getDetail()).isEqualTo("the record has 3 fields, the header has 2");
    assertThat(tooMany.getExcerpt()).isEqualTo("k2,too,many");
    assertThat(out.get(3).article().getText()).isEqualTo("also fine");
  }

  @Test
  void anUnclosedQuoteLosesTheRestOfTheFileInOneRecord() {
    List<ParseOutcome> out = read("id,text\nq1,ok\nq2,\"never closed\nq3,more\nq4,rest\n", "q.csv");
    assertThat(out.get(0).isAccepted()).isTrue();
    assertThat(reasons(out)).containsExactly("csv_unclosed_quote");
    assertThat(out.get(1).issues().get(0).getRecordRef()).isEqualTo("line:3");
  }

  @Test
  void columnsMapNamesAndAnEmptyCellIsAbsent() {
    ParseSettings settings = new ParseSettings(FieldMapping.of(Map.of("text", "Body", "title", "Heading")), null,
        1000, 1 << 20);
    List<ParseOutcome> out = read(utf8("Heading,Body,description\nH1,Mapped text.,\nH2,,Just a summary.\n"),
        "m.csv", settings);
    assertThat(out.get(0).article().getTitle()).isEqualTo("H1");
    assertThat(out.get(0).article().getText()).isEqualTo("Mapped text.");
    assertThat(out.get(1).article().getText()).isEqualTo("Just a summary.");
    assertThat(reasons(out)).containsExactly("description_only");
  }

  @Test
  void aHeaderWithoutATextColumnRejectsEachRowSayingHowToMapOne() {
    List<ParseOutcome> out = read("title,story\nT,Body.\n", "n.csv");
    assertThat(reasons(out)).containsExactly("missing_text");
    assertThat(out.get(0).issues().get(0).getDetail()).contains("--columns text=NAME");
  }

  @Test
  void crlfFilesReadTheSame() {
    List<ParseOutcome> out = read("id,text\r\nw1,\"two\r\nlines\"\r\nw2,one\r\n", "w.csv");
    assertThat(out).extracting(o -> o.article().getText()).containsExactly("two\nlines", "one");
    assertThat(out).extracting(o -> o.article().getRecordRef()).containsExactly("line:2", "line:4");
  }

  @Test
  void invalidUtf8InARecordIsAWarningOnThatRecordOnly() {
    byte[] csv = concat(utf8("id,text\nu1,clean\nu2,bro"), new byte[] {(byte) 0xFF, (byte) 0xFE}, utf8("ken\n"));
    List<ParseOutcome> out = read(csv, "u.csv", ParseSettings.defaults());
    assertThat(out.get(0).issues()).isEmpty();
    assertThat(reasons(out)).containsExactly("invalid_utf8");
    assertThat(out.get(1).issues().get(0).getRecordRef()).isEqualTo("line:3");
    assertThat(out.get(1).article().getText()).isEqualTo("bro\uFFFD\uFFFDken");
  }

  @Test
  void aHeaderWithoutRowsIsAnEmptyFile() {
    List<ParseOutcome> out = read("id,text\n", "h.csv");
    assertThat(reasons(out)).containsExactly("empty_file");
    assertThat(out.get(0).issues().get(0).getDetail()).contains("header and no records");
    assertThat(reasons(read("", "z.csv"))).containsExactly("empty_file");
  }

  /** bzip2 decodes whole blocks, so what survives is every block before the damaged one. */
  @Test
  void aCorruptBzip2TailKeepsTheRowsBeforeIt() {
    java.util.Random random = new java.util.Random(7);
    StringBuilder csv = new StringBuilder("id,text\n");
    for (int i = 1; i <= 3000; i++) {
      csv.append("b").append(i).append(",Row ").append(random.nextLong()).append(' ').append(random.nextLong())
          .append('\n');
    }
    byte[] corrupt = TestInputs.corruptTail(TestInputs.bzip2(utf8(csv.toString())), 0.7);
    List<ParseOutcome> out = read(corrupt, "cut.csv.bz2", ParseSettings.defaults());
    long accepted = out.stream().filter(ParseOutcome::isAccepted).count();
    assertThat(accepted).isPositive().isLessThan(3000);
    assertThat(reasons(out)).containsExactly("corrupt_compressed");
    assertThat(out.get(out.size() - 1).issues().get(0).getRecordRef()).isEqualTo("line:" + (accepted + 2));
  }
}
