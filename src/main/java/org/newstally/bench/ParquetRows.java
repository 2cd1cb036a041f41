package org.newstally.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * Row count of a Parquet folder from the file footers alone: no Spark job, so counting what a run wrote adds nothing
 * to the run's measured time or heap, and works after the command under test has stopped its session.
 */
public final class ParquetRows {
  private ParquetRows() {}

  public static long count(String folder) {
    Configuration conf = new Configuration();
    Path dir = new Path(folder);
    try {
      FileSystem fs = dir.getFileSystem(conf);
      Path root = fs.makeQualified(dir);
      long rows = 0;
      RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
      while (files.hasNext()) {
        LocatedFileStatus file = files.next();
        if (!file.getPath().getName().endsWith(".parquet") || hidden(root, file.getPath())) {
          continue;
        }
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(file, conf))) {
          rows += reader.getRecordCount();
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot count the rows of " + folder, e);
    }
  }

  /** Hadoop's rule: a file or folder whose name starts with _ or . is not data (staging folders, checksums). */
  private static boolean hidden(Path root, Path file) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      if (p.getName().startsWith("_") || p.getName().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
