-- Most-mentioned actors per day: for every publication day, the three people or organisations mentioned most often
-- (ties share a rank), counting mentions and the articles they appear in. Near-duplicate copies are left out, so a
-- wire story republished by many sites counts once.
--   jobs/newstally sql --file jobs/sql/most_mentioned_actors_per_day.sql
WITH counts AS (
  SELECT m.published AS day, m.actor, m.actor_type, count(*) AS mentions, count(DISTINCT m.article_id) AS articles
  FROM actor_mentions m
  JOIN articles a ON a.article_id = m.article_id
  WHERE a.duplicate_of IS NULL AND m.published IS NOT NULL
  GROUP BY m.published, m.actor, m.actor_type
), ranked AS (
  SELECT *, rank() OVER (PARTITION BY day ORDER BY mentions DESC) AS day_rank
  FROM counts
)
SELECT day, day_rank, actor, actor_type, mentions, articles
FROM ranked
WHERE day_rank <= 3
ORDER BY day, day_rank, actor;
