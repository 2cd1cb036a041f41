package org.newstally.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;

/**
 * Reads one batch of files per task, record by record: the returned iterator opens each file only when the
 * previous one is done and holds one record at a time, so a 2 GB JSONL file streams.
 */
final class ReadFilesFn implements FlatMapFunction<ReadFilesFn.FileBatch, IngestRecord> {
  private static final long serialVersionUID = 1L;

  /** The files one task reads, in order. */
  static final class FileBatch implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<ResolvedInput> files;

    FileBatch(List<ResolvedInput> files) {
      this.files = files;
    }

    List<ResolvedInput> files() {
      return files;
    }
  }

  private final Broadcast<SerializableConfiguration> hadoopConf;
  private final ParseSettings settings;

  ReadFilesFn(Broadcast<SerializableConfiguration> hadoopConf, ParseSettings settings) {
    this.hadoopConf = hadoopConf;
    this.settings = settings;
  }

  @Override
  public Iterator<IngestRecord> call(FileBatch batch) {
    BatchIterator rows = new BatchIterator(batch.files(), hadoopConf.value().value(), settings);
    TaskContext task = TaskContext.get();
    if (task != null) {
      // A task that stops early (a failure, a limit) must still close the file it was reading.
      task.addTaskCompletionListener((TaskCompletionListener) context -> rows.close());
    }
    return rows;
  }

  /** Flattens the outcomes of the batch's files into rows. */
  static final class BatchIterator implements Iterator<IngestRecord> {
    private final Iterator<ResolvedInput> files;
    private final Configuration conf;
    private final ParseSettings settings;
    private final ArrayDeque<IngestRecord> pending = new ArrayDeque<>();
    private RecordIterator current;

    BatchIterator(List<ResolvedInput> files, Configuration conf, ParseSettings settings) {
      this.files = files.iterator();
      this.conf = conf;
      this.settings = settings;
    }

    @Override
    public boolean hasNext() {
      while (pending.isEmpty()) {
        if (current != null && current.hasNext()) {
          pending.addAll(IngestRecord.rowsOf(current.next()));
        } else if (files.hasNext()) {
          current = open(files.next());
        } else {
          current = null;
          return false;
        }
      }
      return true;
    }

    @Override
    public IngestRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return pending.poll();
    }

    private RecordIterator open(ResolvedInput file) {
      InputStream raw;
      try {
        Path path = new Path(file.path());
        raw = path.getFileSystem(conf).open(path);
      } catch (IOException | RuntimeException e) {
        pending.addAll(IngestRecord.rowsOf(ArticleAssembler.reject(file.path(), "file", 0,
            RejectReason.UNREADABLE_FILE, "the file could not be opened (" + Issues.describe(e) + ")", null)));
        return null;
      }
      return RecordReaders.open(raw, file.path(), file.format(), file.compression(), settings);
    }

    void close() {
      if (current != null) {
        current.close();
      }
    }
  }
}
