-- The query behind GET /api/comments.json?limit=500 (demo/server.mjs reads this file):
-- the latest answers that carry a comment, newest first, as `responses` items
-- (DESIGN.md §3) for <kpi-comments>. $1 is the limit (1–5 000; 500 by default).
-- Answers without `at` come last (nulls last), then by id so the order is stable.
-- name: latest
select id, response_id, metric, score, min, max, higher_is_easier, channel, touchpoint, stage, at, comment
from answers
where comment is not null and btrim(comment) <> ''
order by at desc nulls last, id
limit $1;
