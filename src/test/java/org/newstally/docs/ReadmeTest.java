package org.newstally.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newstally.io.TableSchema;

/**
 * README is the user's contract: its table schemas must be the ones the writer enforces, and its two set-up
 * commands must be the ones CI runs. Regenerate the schema section with {@code ReadmeTest.main}.
 */
class ReadmeTest {
  static final Path README = Paths.get("README.md");
  static final String BEGIN = "<!-- schemas:begin (generated from src/main/resources/schema by ReadmeTest) -->";
  static final String END = "<!-- schemas:end -->";

  /** The schema section as generated from the schema files. */
  static String schemaSection() {
    StringBuilder sb = new StringBuilder(BEGIN).append('\n');
    for (String table : TableSchema.TABLES) {
      TableSchema s = TableSchema.of(table);
      sb.append("\n#### `").append(table).append("` — one row per ").append(s.row()).append("\n\n");
      sb.append(s.description()).append("\n\n| column | type | meaning |\n| --- | --- | --- |\n");
      for (TableSchema.Column c : s.columns()) {
        sb.append("| `").append(c.name()).append("` | `").append(c.type().replace("|", "\\|")).append("` | ")
            .append(c.description().replace("|", "\\|")).append(" |\n");
      }
    }
    return sb.append('\n').append(END).toString();
  }

  @Test
  void readmeDocumentsExactlyTheSchemasTheWriterEnforces() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int b = readme.indexOf(BEGIN);
    int e = readme.indexOf(END);
    assertThat(b).as("README has the generated schema section").isNotNegative();
    assertThat(readme.substring(b, e + END.length()))
        .as("README schema section is stale: run ReadmeTest.main to regenerate it").isEqualTo(schemaSection());
  }

  @Test
  void readmeOpensWithTheTwoSetUpCommandsAndCiRunsTheTestOne() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```(?:bash|sh)?\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).isTrue();
    List<String> commands = block.group(1).lines().map(l -> l.replaceAll("#.*", "").trim())
        .filter(l -> !l.isEmpty()).toList();
    assertThat(commands).containsExactly("jobs/newstally extract", "mvn -B verify");
    assertThat(Files.readString(Paths.get(".ci", "run"), StandardCharsets.UTF_8)).contains("mvn -B verify");
  }

  /** Rewrites the schema section of README.md. */
  public static void main(String[] args) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int b = readme.indexOf(BEGIN);
    int e = readme.indexOf(END);
    Files.writeString(README, readme.substring(0, b) + schemaSection() + readme.substring(e + END.length()),
        StandardCharsets.UTF_8);
  }
}
