-- Run history: every extract run that wrote into this folder (an append adds a row), with what it read, kept and
-- rejected, and how long it took.
--   jobs/newstally sql --file jobs/sql/runs.sql
SELECT run_id, mode, started_at, wall_seconds, articles_read, accepted, rejected, warnings, near_duplicates,
       size(input_files) AS input_files, version, schema_version, master
FROM runs
ORDER BY started_at;
