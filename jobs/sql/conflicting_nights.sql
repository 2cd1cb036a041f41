-- Conflicting nights with their reports: for every figure of a night that some article contradicts, the value chosen
-- for the night next to every report of it (value, hedge, outlet, attribution, sentence), so a reader can see who
-- said what. Reports of near-duplicate copies are left out, as in strikes_per_night.
--   jobs/newstally sql --file jobs/sql/conflicting_nights.sql
WITH contested AS (
  SELECT night_end, attacker, target, f.weapon, f.measure, f.value AS chosen, f.qualifier AS chosen_qualifier
  FROM strikes_per_night LATERAL VIEW explode(figures) figs AS f
  WHERE f.conflicting
)
SELECT c.night_end, c.attacker, c.target, c.weapon, c.measure, c.chosen, c.chosen_qualifier,
       r.value AS reported, r.qualifier, r.source, r.attribution, r.article_id, r.evidence
FROM contested c
JOIN strike_reports r
  ON r.night_end = c.night_end AND r.attacker = c.attacker AND r.target = c.target
 AND r.weapon = c.weapon AND r.measure = c.measure
JOIN articles a ON a.article_id = r.article_id AND a.duplicate_of IS NULL
ORDER BY c.night_end, c.weapon, c.measure, r.value, r.article_id;
