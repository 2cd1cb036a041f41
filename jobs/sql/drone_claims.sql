-- Every claim about drones with its evidence: each number the text attaches to drones (launched, downed, hit,
-- lost...), with its hedge ("more than", "about") and the sentence it was read from.
--   jobs/newstally sql --file jobs/sql/drone_claims.sql
SELECT article_id, published, surface, value, value_max, qualifier, evidence
FROM numeric_claims
WHERE object = 'drone'
ORDER BY published, article_id, sentence_index, begin;
