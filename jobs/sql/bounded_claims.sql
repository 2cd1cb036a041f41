-- Which numbers are written as bounds or ranges, and how wide: every claim whose text allows more than one value
-- ("at least 50", "between 40 and 50", "50 or more", "up to 10"), as an interval with open or closed ends.
--   jobs/newstally sql --file jobs/sql/bounded_claims.sql
SELECT article_id, surface, value, value_max, `range`, qualifier, object, kind, unit
FROM numeric_claims
WHERE `range` IS NOT NULL
ORDER BY article_id, sentence_index, begin;
