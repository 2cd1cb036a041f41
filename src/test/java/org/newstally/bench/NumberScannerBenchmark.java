package org.newstally.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newstally.lexicon.LexiconSource;
import org.newstally.lexicon.NumberLexicon;
import org.newstally.nlp.numbers.NumberMention;
import org.newstally.nlp.numbers.NumberScanner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Single-threaded throughput of {@link NumberScanner#scan} on news-like sentences; the score is sentences per
 * second (one operation = one sentence). Run from the project folder (it loads data/lexicons):
 * {@code java -cp target/test-classes:target/classes:<test classpath> org.newstally.bench.NumberScannerBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class NumberScannerBenchmark {
  /** A mix like a news feed: most sentences have no or one number, some have several, some have none at all. */
  static final String[] SENTENCES = {
      "Russia launched 412 drones and 38 missiles at Ukraine overnight, the air force said on Sunday.",
      "Air defences shot down or suppressed 377 drones and 29 missiles, it said in a statement.",
      "Another 21 drones were lost from radar, probably because of electronic warfare.",
      "The missiles included 18 Kh-101 cruise missiles, six Kalibrs and four Iskander-M/KN-23 ballistic missiles.",
      "Officials in the western city said at least three people had been killed and 14 injured.",
      "Power was cut to more than 200,000 households in the region by the morning.",
      "The governor said debris had damaged a nine-storey apartment block and two private houses.",
      "The talks in the Gulf lasted roughly two hours and 45 minutes, according to a person briefed on them.",
      "It was the fourth meeting between the envoys since the start of the year.",
      "The delegation will return to the capital on Thursday for consultations with the president.",
      "Brent crude rose about 3 percent to just under $71 a barrel on the news.",
      "The package, worth roughly $48 billion, has been stuck in parliament since the autumn.",
      "Ukraine's energy ministry said it was the ninth large-scale attack on the grid this year.",
      "Russia controls roughly one-fifth of the country, including most of two eastern provinces.",
      "Sirens sounded across the country shortly after 2 a.m. and lasted nearly five hours.",
      "In a statement, the ministry said the strikes had targeted military-industrial facilities.",
      "The foreign minister condemned the timing of the attack and called for more air defence systems.",
      "According to the report, up to a fifth of the refining capacity was offline in September.",
      "Between 40 and 50 trucks crossed the border each day, well below the 500 a day needed.",
      "Prices for basic food rose by more than 7 percent in the first quarter, the statistics office said.",
      "On 14.03.2025, the enemy attacked with 117 attack UAVs of the Shahed type and imitator drones.",
      "As of 09:00, 83 drones had been shot down in the north, east and south of the country.",
      "The summit opened on June 2 in the capital, with leaders from 27 countries attending.",
      "The envoy, 74, said he hoped the two sides could agree on a 30-day ceasefire within a week.",
      "No decision has been taken, a spokesman said, and further talks are expected next month.",
      "Witnesses heard several explosions before the sirens stopped.",
      "Schools in the worst-hit district will stay closed until further notice.",
      "The mayor said crews were working around the clock to restore heating.",
      "Russia's defence ministry said its air defences had destroyed 96 Ukrainian drones over 11 regions.",
      "More than 60 flights were delayed or diverted at three Moscow airports.",
      "A phone call between the two leaders lasted about 40 minutes, the Kremlin said.",
      "The agreement covers the exchange of 1,000 prisoners of war on each side.",
      "Seventy-two of the missiles and all thirty drones were intercepted, the military said.",
      "He described the plan as a first step towards a lasting settlement.",
      "About 8,000 consumers in the city remained without electricity on Tuesday evening.",
      "Officials said four and a half hours of talks had produced no breakthrough.",
      "The railway operator said trains were delayed by up to three hours.",
      "The building, one of dozens damaged in the attack, was built in the 1970s.",
      "Investors pulled out more than $300 billion after the invasion in 2022.",
      "The economy is expected to grow by about 1 percent this year, down from 4.3 percent.",
      "Fighter jets were scrambled as a precaution, the operational command said.",
      "The sanctions target the country's two largest oil companies and dozens of tankers.",
      "Only 11 of the 32 missiles fired at the city were shot down, local officials said.",
      "The alert in the capital lasted more than seven hours, the longest since the spring.",
      "The strike was at least the fifth on the same refinery this year.",
      "S-300/S-400 systems and MiG-31 jets were moved closer to the border, the report said.",
      "A preparatory meeting was put on hold after the two ministers spoke by phone on Monday.",
      "Repairs to the substation could take two to three weeks, the grid operator warned.",
      "Half of the region's districts reported damage to power lines.",
      "Ukraine has asked its partners for at least seven more Patriot batteries."};

  private NumberScanner scanner;

  @Setup
  public void setUp() {
    scanner = new NumberScanner(NumberLexicon.load(LexiconSource.projectFolder()));
  }

  @Benchmark
  @OperationsPerInvocation(50)
  public void scanSentences(Blackhole hole) {
    for (String s : SENTENCES) {
      List<NumberMention> mentions = scanner.scan(s);
      hole.consume(mentions);
    }
  }

  public static void main(String[] args) throws RunnerException {
    new Runner(new OptionsBuilder().include(NumberScannerBenchmark.class.getSimpleName()).build()).run();
  }
}
