package org.newstally.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.security.AccessControlException;

/**
 * Expands inputs (files, folders, globs on any Hadoop file system) into the files to read and checks each one
 * before Spark does anything, collecting every problem into one message.
 */
final class InputResolver {
  private static final int MAX_PROBLEMS_SHOWN = 20;

  private InputResolver() {}

  static List<ResolvedInput> resolve(Configuration conf, ReadOptions options) {
    if (options.inputs().isEmpty()) {
      throw new IllegalArgumentException("no inputs given: pass one or more files, folders or globs");
    }
    if (options.maxChars() <= 0) {
      throw new IllegalArgumentException("--max-chars must be a positive number of characters, not "
          + options.maxChars());
    }
    if (options.minPartitions() < 0) {
      throw new IllegalArgumentException("--min-partitions must be 0 (Spark's default) or more, not "
          + options.minPartitions());
    }
    FieldMapping.of(options.columns());

    List<String> problems = new ArrayList<>();
    Map<String, FileStatus> files = new LinkedHashMap<>();
    Map<String, FileSystem> fileSystems = new LinkedHashMap<>();
    for (String input : options.inputs()) {
      expand(conf, input, files, fileSystems, problems);
    }
    List<ResolvedInput> resolved = new ArrayList<>();
    for (Map.Entry<String, FileStatus> e : files.entrySet()) {
      String path = e.getKey();
      InputFormat format;
      try {
        format = options.format() != null ? options.format() : InputFormat.detect(path);
      } catch (IllegalArgumentException unknown) {
        problems.add(unknown.getMessage());
        continue;
      }
      Compression compression = Compression.of(path);
      if (format == InputFormat.PARQUET && compression != Compression.NONE) {
        problems.add(path + ": Parquet cannot be read through " + compression.suffix() + "; decompress it first");
        continue;
      }
      String unreadable = readProblem(fileSystems.get(path), e.getValue());
      if (unreadable != null) {
        problems.add(path + ": " + unreadable);
        continue;
      }
      resolved.add(new ResolvedInput(path, format, compression, e.getValue().getLen()));
    }
    if (!problems.isEmpty()) {
      StringBuilder message = new StringBuilder("cannot read the inputs (" + problems.size() + " problem"
          + (problems.size() == 1 ? "" : "s") + "):");
      for (int i = 0; i < Math.min(problems.size(), MAX_PROBLEMS_SHOWN); i++) {
        message.append("\n  - ").append(problems.get(i));
      }
      if (problems.size() > MAX_PROBLEMS_SHOWN) {
        message.append("\n  ... and ").append(problems.size() - MAX_PROBLEMS_SHOWN).append(" more");
      }
      throw new IllegalArgumentException(message.toString());
    }
    return resolved;
  }

  private static void expand(Configuration conf, String input, Map<String, FileStatus> files,
      Map<String, FileSystem> fileSystems, List<String> problems) {
    if (input == null || input.isBlank()) {
      problems.add("an empty input path was given");
      return;
    }
    boolean glob = input.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || (!glob && matches.length == 0)) {
        problems.add(input + " does not exist (check the path; relative paths start at " + workingDir(fs) + ")");
        return;
      }
      if (matches.length == 0) {
        problems.add("the glob " + input + " matches no files");
        return;
      }
      List<FileStatus> found = new ArrayList<>();
      for (FileStatus match : matches) {
        if (glob && isHidden(match.getPath().getName())) {
          continue;
        }
        if (match.isDirectory()) {
          listFolder(fs, match.getPath(), found);
        } else {
          found.add(match);
        }
      }
      if (found.isEmpty()) {
        problems.add(input + (glob ? " matches" : " is a folder that holds")
            + " no input files (names starting with _ or . are skipped)");
      }
      for (FileStatus status : found) {
        String qualified = fs.makeQualified(status.getPath()).toString();
        if (files.putIfAbsent(qualified, status) == null) {
          fileSystems.put(qualified, fs);
        }
      }
    } catch (AccessControlException e) {
      problems.add(input + ": permission denied (" + Issues.describe(e) + "); fix the permissions or leave it out");
    } catch (IOException | IllegalArgumentException e) {
      problems.add(input + ": cannot be listed (" + Issues.describe(e) + ")");
    }
  }

  private static void listFolder(FileSystem fs, Path folder, List<FileStatus> found) throws IOException {
    String root = fs.makeQualified(folder).toUri().getPath();
    List<FileStatus> inFolder = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(folder, true);
    while (it.hasNext()) {
      LocatedFileStatus status = it.next();
      String path = status.getPath().toUri().getPath();
      if (!hiddenBelow(path.substring(Math.min(root.length(), path.length())))) {
        inFolder.add(status);
      }
    }
    // Listing order is up to the file system; sorting makes runs and duplicate resolution repeatable.
    inFolder.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
    found.addAll(inFolder);
  }

  /** Hadoop's convention: _SUCCESS, .crc files and the like are not data. */
  private static boolean isHidden(String name) {
    return name.startsWith("_") || name.startsWith(".");
  }

  private static boolean hiddenBelow(String relative) {
    for (String part : relative.split("/")) {
      if (!part.isEmpty() && isHidden(part)) {
        return true;
      }
    }
    return false;
  }

  /** Null when the file can be read, else why not. */
  private static String readProblem(FileSystem fs, FileStatus status) {
    Path path = status.getPath();
    try {
      if ("file".equals(fs.getUri().getScheme())) {
        return localReadProblem(Paths.get(path.toUri()));
      }
      fs.access(path, FsAction.READ);
      return null;
    } catch (AccessControlException e) {
      return "permission denied (" + Issues.describe(e) + "); fix the permissions or leave it out";
    } catch (IOException | RuntimeException e) {
      return "cannot be read (" + Issues.describe(e) + ")";
    }
  }

  /**
   * Hadoop's rule (the owner's read bit for the owner, else the group or other bit), checked from one stat call:
   * Hadoop's own check forks a shell per local file (about 8 ms each), which adds up for folders of many files. As
   * in Hadoop, this also holds for root, so a file with its read bits cleared counts as unreadable.
   */
  private static String localReadProblem(java.nio.file.Path file) throws IOException {
    if (!Files.isReadable(file)) {
      return "permission denied (not readable by this user); fix the permissions or leave it out";
    }
    try {
      PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class);
      boolean owner = attributes.owner().getName().equals(System.getProperty("user.name"));
      boolean readable = owner
          ? attributes.permissions().contains(PosixFilePermission.OWNER_READ)
          : attributes.permissions().contains(PosixFilePermission.GROUP_READ)
              || attributes.permissions().contains(PosixFilePermission.OTHERS_READ);
      return readable ? null : "permission denied (mode " + PosixFilePermissions.toString(attributes.permissions())
          + "); fix the permissions or leave it out";
    } catch (UnsupportedOperationException e) {
      return null;
    }
  }

  private static String workingDir(FileSystem fs) {
    try {
      return fs.getWorkingDirectory().toString();
    } catch (RuntimeException e) {
      return "the working directory";
    }
  }
}
