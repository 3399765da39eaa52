-- The aggregation behind GET /api/kpis.json (demo/server.mjs reads this file).
-- Two queries, each after its "-- name:" line. Their output is what the
-- elements read (DESIGN.md §3): a few hundred rows however many answers and
-- journeys there are.

-- name: histograms
-- One row per metric × channel × touchpoint × stage × scale × score, with its
-- count; the server folds the scores of a group into `counts`.
select metric, channel, touchpoint, stage, min, max, score, count(*)::integer as n
from answers
group by metric, channel, touchpoint, stage, min, max, score
order by metric, channel nulls last, touchpoint nulls last, stage nulls last, min, max, score;

-- name: journeys
-- One row per distinct path ("display > email > search"): the journeys on it
-- that converted, their value, and those that did not (`nulls`).
with paths as (
  select j.id, j.converted, j.value,
         string_agg(t.channel, ' > ' order by t.step) as path
  from journeys j
  join touches t on t.journey_id = j.id
  group by j.id, j.converted, j.value
)
select path,
       (count(*) filter (where converted))::integer                      as conversions,
       coalesce(sum(value) filter (where converted), 0)::double precision as value,
       (count(*) filter (where not converted))::integer                  as nulls
from paths
group by path
order by count(*) desc, path;
