package org.newstally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadBatchesTest {

  private static List<ResolvedInput> files(long... sizes) {
    List<ResolvedInput> out = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      out.add(new ResolvedInput("file:/in/f" + i + ".jsonl", InputFormat.JSONL, Compression.NONE, sizes[i]));
    }
    return out;
  }

  private static List<Long> loads(List<ReadFilesFn.FileBatch> batches) {
    List<Long> out = new ArrayList<>();
    for (ReadFilesFn.FileBatch b : batches) {
      out.add(b.files().stream().mapToLong(ResolvedInput::size).sum());
    }
    return out;
  }

  @Test
  void fewerFilesThanBatchesGiveOneFilePerTask() {
    List<ReadFilesFn.FileBatch> batches = ArticleReader.batches(files(5, 1, 9), 8);
    assertThat(batches).hasSize(3).allMatch(b -> b.files().size() == 1);
  }

  @Test
  void manyFilesArePackedLargestFirstOntoTheLightestBatch() {
    List<ReadFilesFn.FileBatch> batches = ArticleReader.batches(files(100, 60, 50, 40, 30, 20, 10, 10), 3);
    assertThat(batches).hasSize(3);
    assertThat(loads(batches)).containsExactly(110L, 110L, 100L);
    assertThat(batches.stream().mapToInt(b -> b.files().size()).sum()).isEqualTo(8);
  }
}
