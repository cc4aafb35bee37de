-- NOTE: This file is generated from the query builders of src/auth/login-throttle.repository.ts by
-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.

-- LoginThrottleRepository.claimQuery('account:admin@mintq.example', {"threshold":5,"capSeconds":900,"windowSeconds":3600})
-- $1 = 'account:admin@mintq.example'
-- $2 = 1
-- $3 = 5
-- $4 = 900
-- $5 = 5
-- $6 = 5
-- $7 = 900
-- $8 = 5
insert into "login_throttle" ("key", "failures", "last_failure_at", "blocked_until")
values
  ($1, $2, now(), case when 1 >= $3::int then now() + make_interval(secs => least($4::float8, power(2::float8, least(1 - $5::int, 30)))) end)
on conflict ("key")
do update set
  "failures" = login_throttle.failures + 1,
  "last_failure_at" = now(),
  "blocked_until" = case when login_throttle.failures + 1 >= $6::int then now() + make_interval(secs => least($7::float8, power(2::float8, least(login_throttle.failures + 1 - $8::int, 30)))) end
where
  ("login_throttle"."blocked_until" is null or "login_throttle"."blocked_until" <= now())
returning
  "failures"

-- LoginThrottleRepository.forgetStaleQuery('account:admin@mintq.example', {"threshold":5,"capSeconds":900,"windowSeconds":3600})
-- $1 = 0
-- $2 = null
-- $3 = 'account:admin@mintq.example'
-- $4 = 3600
update "login_throttle"
set
  "failures" = $1,
  "blocked_until" = $2
where
  "key" = $3
  and "last_failure_at" < now() - make_interval(secs => $4::float8)

-- LoginThrottleRepository.undoClaimQuery('address:203.0.113.7', 4)
-- $1 = 4
-- $2 = 'address:203.0.113.7'
update "login_throttle"
set
  "failures" = greatest(failures - 1, 0),
  "blocked_until" = case when failures = $1::int then null else blocked_until end
where
  "key" = $2

-- LoginThrottleRepository.waitSecondsQuery(['account:admin@mintq.example', 'address:203.0.113.7'])
-- $1 = 'account:admin@mintq.example'
-- $2 = 'address:203.0.113.7'
select
  coalesce(ceil(extract(epoch from max(blocked_until) - now())), 0)::int as "seconds"
from "login_throttle"
where
  "key" in ($1, $2)
  and "blocked_until" > now()

-- LoginThrottleRepository.deleteKeyQuery('account:admin@mintq.example')
-- $1 = 'account:admin@mintq.example'
delete from "login_throttle"
where
  "key" = $1

-- LoginThrottleRepository.familiarAddressQuery(7, '203.0.113.7', 30)
-- $1 = 7
-- $2 = '203.0.113.7'
-- $3 = 30
-- $4 = 1
select
  1 as "found"
from "sessions"
where
  "user_id" = $1
  and "ip" = $2
  and "created_at" > now() - make_interval(days => $3::int)
limit $4

-- LoginThrottleRepository.sweepQuery(24)
-- $1 = 24
delete from "login_throttle"
where
  "last_failure_at" < now() - make_interval(hours => $1::int)
