package org.newstally.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the shaded jar: {@code newstally <command> [options]}. */
@Command(name = "newstally", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Numeric claims, strike reports, meetings and actor mentions from news corpora, as Parquet tables.",
    subcommands = {ExtractCommand.class, SqlCommand.class, ReportCommand.class, EvaluateCommand.class,
        GenerateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code (for tests: no System.exit). */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  /** The command line the scripts run; tests give it their own out and err writers. */
  static CommandLine commandLine() {
    // --format jsonl as the docs write it, not only JSONL as the enum spells it
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** Version from the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"newstally " + org.newstally.job.ExtractJob.version()};
    }
  }
}
