package org.newstally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementSplitterTest {

  /** Lines are separated by '|' in the input; statements found are joined by ' || ' with their start line. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', value = {
      "one line, one statement      # SELECT 1;                                   # 1:SELECT 1",
      "two on one line              # SELECT 1; SELECT 2;                         # 1:SELECT 1 || 1:SELECT 2",
      "spans lines                  # SELECT a|FROM t|WHERE b = 1;                # 1:SELECT a FROM t WHERE b = 1",
      "starts on a later line       # |  |SELECT 1;                               # 3:SELECT 1",
      "';' inside a string          # SELECT 'a;b' AS x;                          # 1:SELECT 'a;b' AS x",
      "';' inside a back-quoted name# SELECT 1 AS `a;b`;                          # 1:SELECT 1 AS `a;b`",
      "escaped quote in a string    # SELECT 'it\\'s; fine';                      # 1:SELECT 'it\\'s; fine'",
      "';' inside a comment         # -- what it answers; a note|SELECT 1;        # 2:-- what it answers; a note SELECT 1",
      "only a comment and ';'       # -- nothing here|;                           # ''",
      "string across lines          # SELECT 'a|;b';                              # 1:SELECT 'a ;b'",
      "empty statements             # ;;|;                                        # ''",
      "no ';' yet                   # SELECT 1                                    # ''",
  })
  void cutsStatementsAtSemicolonsOutsideQuotesAndComments(String what, String input, String expected) {
    StatementSplitter splitter = new StatementSplitter();
    List<String> found = new ArrayList<>();
    for (String line : input.split("\\|", -1)) {
      for (StatementSplitter.Statement s : splitter.add(line)) {
        found.add(s.line() + ":" + s.sql().replaceAll("\\s*\\n\\s*", " "));
      }
    }

    assertThat(String.join(" || ", found)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', value = {
      "statement without ';' at the end  # SELECT 1|  FROM t   # false # 1:SELECT 1 FROM t",
      "nothing left                       # SELECT 1;           # true  # ",
      "a comment left                     # SELECT 1;|-- bye    # true  # ",
      "open string                        # SELECT 'a           # false # 1:SELECT 'a",
  })
  void tellsWhetherAStatementIsOpenAndGivesTheRest(String what, String input, boolean idle, String rest) {
    StatementSplitter splitter = new StatementSplitter();
    for (String line : input.split("\\|", -1)) {
      splitter.add(line);
    }

    assertThat(splitter.idle()).isEqualTo(idle);
    StatementSplitter.Statement last = splitter.rest();
    assertThat(last == null ? null : last.line() + ":" + last.sql().replaceAll("\\s*\\n\\s*", " ")).isEqualTo(rest);
  }
}
