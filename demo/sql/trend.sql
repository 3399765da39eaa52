-- Score histograms per channel and per period, for trend() (DESIGN.md §3 "Time").
-- Each query (after its "-- name:" line) gives one row per metric × channel ×
-- period × score with its count; rows of a metric, channel and period fold
-- into one histogram `{ metric, channel, period, counts }`. The period is the
-- answer's `at` in a time zone (Europe/Paris here: put yours), labelled as the
-- engine labels it: ISO 8601 week `IYYY-"W"IW` (week-year, Monday first:
-- 2026-12-31 and 2027-01-01 are both 2026-W53), month `YYYY-MM`, day
-- `YYYY-MM-DD`. `at time zone` follows the zone's daylight-saving changes.
-- Answers without `at` get a null period: leave the key out, and trend()
-- counts them in `undated`.

-- name: weekly
select metric, channel, to_char(at at time zone 'Europe/Paris', 'IYYY-"W"IW') as period,
       score, count(*)::integer as count
from answers
group by 1, 2, 3, 4
order by metric, channel nulls last, period nulls last, score;

-- name: monthly
select metric, channel, to_char(at at time zone 'Europe/Paris', 'YYYY-MM') as period,
       score, count(*)::integer as count
from answers
group by 1, 2, 3, 4
order by metric, channel nulls last, period nulls last, score;

-- name: daily
select metric, channel, to_char(at at time zone 'Europe/Paris', 'YYYY-MM-DD') as period,
       score, count(*)::integer as count
from answers
group by 1, 2, 3, 4
order by metric, channel nulls last, period nulls last, score;
