package org.newstally.nlp.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newstally.lexicon.LexiconSource;
import org.newstally.lexicon.NumberLexicon;

/**
 * Runs every English case of Microsoft Recognizers-Text (a specification nobody here wrote, in
 * {@code shared/benchmarks/recognizers-text}) through the number scanner and compares the values it finds with the
 * values the specification gives. Prints each file's pass rate and its failing cases, and asserts a floor per file,
 * so a change that makes the scanner read fewer cases right fails here.
 *
 * <p>A case passes when the scanner's values of the kinds the model covers equal the specified values, as a
 * multiset, with relative tolerance 1e-9 (and, for units, the same unit). Skipped when the shared folder is absent.
 * Every case that still fails is listed with its reason in {@link #KNOWN_FAILURES}; the suite fails when that list
 * and the failing cases differ, so a new failure (or a new pass) shows up as a change to the list.
 */
class RecognizersTextSpecTest {
  private static final double TOLERANCE = 1e-9;
  private static NumberScanner scanner;

  @BeforeAll
  static void load() {
    scanner = new NumberScanner(NumberLexicon.load(LexiconSource.projectFolder()));
  }

  /** The specification folder: {@code -Dnewstally.shared=DIR}, {@code ../shared}, {@code /work/shared}. */
  static Path specDir() {
    String configured = System.getProperty("newstally.shared");
    for (String candidate : new String[] {configured, "../shared", "/work/shared"}) {
      if (candidate != null && Files.isDirectory(Paths.get(candidate, "benchmarks", "recognizers-text"))) {
        return Paths.get(candidate, "benchmarks", "recognizers-text");
      }
    }
    return null;
  }

  /** Which scanner kinds each model is compared with: the model's own type of number, no more. */
  enum Model {
    NUMBER(EnumSet.of(Kind.COUNT, Kind.FRACTION, Kind.YEAR, Kind.MONEY, Kind.DISTANCE, Kind.DURATION, Kind.AGE)),
    PERCENT(EnumSet.of(Kind.PERCENT)),
    ORDINAL(EnumSet.of(Kind.ORDINAL)),
    RANGE(EnumSet.of(Kind.COUNT, Kind.FRACTION, Kind.PERCENT, Kind.MONEY, Kind.DISTANCE, Kind.MASS, Kind.VOLUME,
        Kind.AREA, Kind.SPEED)),
    CURRENCY(EnumSet.of(Kind.MONEY)),
    DIMENSION(EnumSet.of(Kind.DISTANCE, Kind.MASS, Kind.VOLUME, Kind.AREA, Kind.SPEED)),
    AGE(EnumSet.of(Kind.AGE));

    final Set<Kind> kinds;

    Model(Set<Kind> kinds) {
      this.kinds = kinds;
    }
  }

  /** The specification's unit names for the units the scanner reports with a short code. */
  private static final Map<String, String> UNIT_CODES = Map.ofEntries(
      Map.entry("kilometer", "km"), Map.entry("meter", "m"), Map.entry("millimeter", "mm"),
      Map.entry("centimeter", "cm"), Map.entry("decimeter", "dm"), Map.entry("kilogram", "kg"),
      Map.entry("gram", "g"), Map.entry("milligram", "mg"), Map.entry("microgram", "mcg"),
      Map.entry("metric ton", "t"), Map.entry("pound", "lb"), Map.entry("ounce", "oz"),
      Map.entry("liter", "l"), Map.entry("milliliter", "ml"), Map.entry("gallon", "gal"),
      Map.entry("cubic meter", "m3"), Map.entry("tablespoon", "tbsp"), Map.entry("teaspoon", "tsp"),
      Map.entry("square kilometer", "km2"), Map.entry("square meter", "m2"), Map.entry("square mile", "sq mi"),
      Map.entry("hectare", "ha"), Map.entry("kilometer per hour", "km/h"), Map.entry("mile per hour", "mph"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # file                                   | model     | floor: cases passing today, raise as fixes land
      Number/English/NumberModel.json          | NUMBER    | 0.719
      Number/English/PercentModel.json         | PERCENT   | 0.650
      Number/English/OrdinalModel.json         | ORDINAL   | 0.351
      Number/English/NumberRangeModel.json     | RANGE     | 0.827
      NumberWithUnit/English/CurrencyModel.json | CURRENCY | 0.900
      NumberWithUnit/English/DimensionModel.json | DIMENSION | 0.600
      NumberWithUnit/English/AgeModel.json     | AGE       | 0.894
      """)
  void passRateStaysAboveFloor(String file, Model model, double floor) throws IOException {
    Path dir = specDir();
    assumeTrue(dir != null, "shared/benchmarks/recognizers-text is not on this machine");
    JsonNode cases = new ObjectMapper().readTree(dir.resolve(file).toFile());
    int passed = 0;
    List<String> failures = new ArrayList<>();
    Set<String> failing = new TreeSet<>();
    ObjectMapper json = new ObjectMapper();
    StringBuilder dump = new StringBuilder();
    for (JsonNode c : cases) {
      String input = c.get("Input").asText();
      List<String> expected = expected(c.get("Results"), model);
      List<String> actual = actual(input, model);
      if (same(expected, actual, model)) {
        passed++;
      } else {
        failures.add("  " + input + "\n    expected " + expected + "\n    found    " + actual);
        failing.add(input);
        ObjectNode row = json.createObjectNode().put("file", file).put("input", input)
            .put("expected", expected.toString()).put("found", actual.toString());
        dump.append(json.writeValueAsString(row)).append('\n');
      }
    }
    Path target = Paths.get("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("recognizers-text-failures-" + model.name().toLowerCase(Locale.ROOT)
          + ".jsonl"), dump.toString(), StandardCharsets.UTF_8);
    }
    double rate = (double) passed / cases.size();
    System.out.printf(Locale.ROOT, "recognizers-text %s: %d of %d cases pass (%.3f)%n%s%n", file, passed,
        cases.size(), rate, String.join("\n", failures));
    assertThat(rate).as("%s pass rate (%d of %d)", file, passed, cases.size()).isGreaterThanOrEqualTo(floor);
    Set<String> listed = knownFailures().getOrDefault(file, Set.of());
    assertThat(failing).as("cases of %s failing but not in %s (a regression, or list it with a reason);"
        + " see target/recognizers-text-failures-*.jsonl", file, KNOWN_FAILURES).isSubsetOf(listed);
    assertThat(listed).as("cases of %s listed in %s that now pass: delete their lines", file, KNOWN_FAILURES)
        .isSubsetOf(failing);
  }

  /** Every case that still fails, with the reason, one JSON object a line: file, input, reason. */
  static final String KNOWN_FAILURES = "src/test/resources/recognizers-text/known-failures.jsonl";

  static Map<String, Set<String>> knownFailures() throws IOException {
    Map<String, Set<String>> out = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(Paths.get(KNOWN_FAILURES), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode row = json.readTree(line);
      assertThat(row.path("reason").asText()).as("reason of %s", line).isNotBlank();
      out.computeIfAbsent(row.get("file").asText(), f -> new TreeSet<>()).add(row.get("input").asText());
    }
    return out;
  }

  /** Specified values, each as "value" or "value unit" (ranges as the interval text). */
  static List<String> expected(JsonNode results, Model model) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : results) {
      JsonNode res = r.get("Resolution");
      String value = res == null || res.get("value") == null ? "?" : res.get("value").asText();
      switch (model) {
        case CURRENCY:
          JsonNode iso = res.get("isoCurrency");
          out.add(iso == null ? value : value + " " + iso.asText().toLowerCase(Locale.ROOT));
          break;
        case DIMENSION:
        case AGE:
          String unit = res.get("unit").asText().toLowerCase(Locale.ROOT);
          out.add(value + " " + UNIT_CODES.getOrDefault(unit, unit));
          break;
        case PERCENT:
          // the specification writes "20%"; the scanner keeps percentages in percent, without the sign
          out.add(value.endsWith("%") ? value.substring(0, value.length() - 1) : value);
          break;
        default:
          out.add(value);
      }
    }
    return out;
  }

  /** The scanner's values for the kinds the model covers, written like {@link #expected}. */
  static List<String> actual(String input, Model model) {
    List<String> out = new ArrayList<>();
    for (NumberMention m : scanner.scanOrThrow(input)) {
      if (!model.kinds.contains(m.kind())) {
        continue;
      }
      switch (model) {
        case RANGE:
          String range = interval(m);
          if (range != null) {
            out.add(range);
          }
          break;
        case CURRENCY:
          out.add(plain(m.value()) + (m.unit() == null ? "" : " " + m.unit()));
          break;
        case DIMENSION:
        case AGE:
          // an age is in years unless the scanner names another unit (NumberMention's convention)
          String unit = m.unit() == null && m.kind() == Kind.AGE ? "year" : m.unit();
          out.add(plain(m.value()) + (unit == null ? "" : " " + unit));
          break;
        default:
          out.add(plain(m.value()));
      }
    }
    return out;
  }

  /** A hedged or two-ended mention as the specification writes an interval ("[20,30)", "(,5]"); else null. */
  static String interval(NumberMention m) {
    return m.range();
  }

  static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /** Same multiset of values: numbers within the relative tolerance, the rest (units, brackets) equal. */
  static boolean same(List<String> expected, List<String> actual, Model model) {
    if (expected.size() != actual.size()) {
      return false;
    }
    List<String> left = new ArrayList<>(actual);
    for (String e : expected) {
      // a currency code is compared only where the specification gives one ("Dollar" alone names no country)
      boolean codeless = model == Model.CURRENCY && !e.contains(" ");
      String match = left.stream().filter(a -> sameValue(e, codeless ? a.split(" ")[0] : a)).findFirst()
          .orElse(null);
      if (match == null) {
        return false;
      }
      left.remove(match);
    }
    return true;
  }

  /** Two values written as above: equal apart from numbers, which may differ by the relative tolerance. */
  static boolean sameValue(String e, String a) {
    String[] es = e.split("(?<=[\\[\\](),\\s])|(?=[\\[\\](),\\s])");
    String[] as = a.split("(?<=[\\[\\](),\\s])|(?=[\\[\\](),\\s])");
    if (es.length != as.length) {
      return false;
    }
    for (int i = 0; i < es.length; i++) {
      if (es[i].equals(as[i])) {
        continue;
      }
      try {
        double x = Double.parseDouble(es[i]);
        double y = Double.parseDouble(as[i]);
        if (Math.abs(x - y) > TOLERANCE * Math.max(Math.abs(x), Math.abs(y))) {
          return false;
        }
      } catch (NumberFormatException notNumbers) {
        return false;
      }
    }
    return true;
  }

  static String joined(List<String> values) {
    return values.stream().collect(Collectors.joining(", "));
  }
}
