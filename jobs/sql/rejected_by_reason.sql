-- Rejected records by reason: how many input records were dropped (severity rejected) or kept with a warning, per
-- reason, in how many files, with one example to look at first.
--   jobs/newstally sql --file jobs/sql/rejected_by_reason.sql
SELECT reason, severity, count(*) AS records, count(DISTINCT input_path) AS files,
       min(concat(input_path, ' ', record_ref)) AS example
FROM rejected_records
GROUP BY reason, severity
ORDER BY records DESC, reason, severity;
