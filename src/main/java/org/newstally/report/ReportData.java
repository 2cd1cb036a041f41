package org.newstally.report;

import java.util.List;
import java.util.Map;

/**
 * What the report shows, already aggregated: named JSON arrays for the charts (one object per row, as Spark's toJSON
 * writes them) and plain cells for the tables printed in the page. Bounded by construction: one row per night, per
 * meeting event, per actor-week of the top actors, per input file; evidence is a fixed sample per night.
 *
 * @param title page heading
 * @param series chart data by name: nights, evidence, meetings, envoys, actors, files, reasons, reference
 * @param nightTable header row then one row per night (date, attacker, target, figures, articles, sources, conflicting)
 * @param runTable header row then one row per run (version, lexicon hash, when, read, accepted, rejected)
 * @param differingNights nights where the reference figures differ from ours (empty without --reference)
 */
public record ReportData(String title, Map<String, String> series, List<List<String>> nightTable,
    List<List<String>> runTable, List<String> differingNights) {}
