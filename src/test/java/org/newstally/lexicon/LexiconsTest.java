package org.newstally.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconsTest {

  @Test
  void projectLexiconsLoadAndKnowTheEnvoys() {
    Lexicons lex = Lexicons.load(LexiconSource.projectFolder());
    ActorLexicon.Actor z = lex.actors().byAlias("Zelensky");
    assertThat(z.canonical()).isEqualTo("Volodymyr Zelenskyy");
    assertThat(z.envoy()).isTrue();
    assertThat(lex.actors().byAlias("Sergei Lavrov").canonical()).isEqualTo("Sergey Lavrov");
    assertThat(lex.actors().byAlias("the Kremlin").type()).isEqualTo("organisation");
    assertThat(lex.hash()).hasSize(64);
  }

  @Test
  void hashChangesWithTheVocabulary(@TempDir Path dir) throws IOException {
    copyProjectLexicons(dir);
    String before = Lexicons.load(LexiconSource.folder(dir)).hash();
    Files.writeString(dir.resolve("given_names.tsv"), "\nZelda\n", java.nio.file.StandardOpenOption.APPEND);
    assertThat(Lexicons.load(LexiconSource.folder(dir)).hash()).isNotEqualTo(before);
  }

  @Test
  void anAliasOfTwoActorsFailsWithFileAndLine(@TempDir Path dir) throws IOException {
    copyProjectLexicons(dir);
    Files.writeString(dir.resolve("actors.tsv"), "canonical\ttype\taliases\trole\tcountry\tenvoy\n"
        + "Vladimir Putin\tperson\tPutin\t\tRussia\ttrue\n"
        + "Vladimir Putin Jr\tperson\tPutin\t\tRussia\tfalse\n");
    assertThatThrownBy(() -> Lexicons.load(LexiconSource.folder(dir)))
        .isInstanceOf(LexiconException.class)
        .hasMessageContaining("actors.tsv:3")
        .hasMessageContaining("alias 'Putin' already belongs to 'Vladimir Putin'");
  }

  @Test
  void aPhraseListedTwiceFailsWithFileAndLine(@TempDir Path dir) throws IOException {
    copyProjectLexicons(dir);
    Files.writeString(dir.resolve("strike_terms.tsv"), "phrase\trole\nlaunched\tlaunched\nLaunched\tlaunched\n");
    assertThatThrownBy(() -> Lexicons.load(LexiconSource.folder(dir)))
        .isInstanceOf(LexiconException.class)
        .hasMessageContaining("strike_terms.tsv:3")
        .hasMessageContaining("listed twice");
  }

  @Test
  void anUnknownRoleFails(@TempDir Path dir) throws IOException {
    copyProjectLexicons(dir);
    Files.writeString(dir.resolve("meeting_terms.tsv"), "phrase\trole\nmet\tgreeted\n");
    assertThatThrownBy(() -> Lexicons.load(LexiconSource.folder(dir)))
        .isInstanceOf(LexiconException.class)
        .hasMessageContaining("meeting_terms.tsv:2")
        .hasMessageContaining("column 'role' is 'greeted'");
  }

  @Test
  void aMissingFolderSaysWhatToGive() {
    assertThatThrownBy(() -> LexiconSource.folder(Paths.get("no/such/folder")))
        .hasMessageContaining("give --lexicons a folder like data/lexicons");
  }

  private static void copyProjectLexicons(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(Paths.get("data", "lexicons"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
  }
}
