package org.newstally.accuracy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the shared evaluation data lives: {@code -Dnewstally.shared=DIR}, else {@code ../shared} next to the
 * checkout, else {@code /work/shared}. Null when it is not on this machine.
 */
public final class SharedData {
  private SharedData() {}

  public static Path dir() {
    String configured = System.getProperty("newstally.shared");
    for (String candidate : new String[] {configured, "../shared", "/work/shared"}) {
      if (candidate != null && Files.isDirectory(Paths.get(candidate, "corpus", "dev"))) {
        return Paths.get(candidate);
      }
    }
    return null;
  }
}
