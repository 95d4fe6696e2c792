-- Takes the advisory lock (lock_class, k) of a free audit chain, trying the chains from
-- `start` on (waiting for `start` only when all are taken), and returns that chain with its
-- last hash: one round trip instead of two on every write (docs/decisions/006).
-- VOLATILE matters: the hash is read by a query of its own, which in a VOLATILE function takes
-- a fresh snapshot after the lock is held, so it sees the previous holder's commit. A lock the
-- transaction already holds is taken again at once (advisory locks are re-entrant), so a second
-- event of one transaction stays on its chain.
CREATE FUNCTION audit_chain_head(lock_class int, start int, chains int)
RETURNS TABLE (chain int, "lastHash" text)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  k int;
BEGIN
  FOR i IN 0 .. chains - 1 LOOP
    k := (start + i) % chains;
    IF pg_try_advisory_xact_lock(lock_class, k) THEN
      RETURN QUERY SELECT k, (SELECT e.hash FROM "AuditEvent" e WHERE e.chain = k ORDER BY e.id DESC LIMIT 1);
      RETURN;
    END IF;
  END LOOP;
  PERFORM pg_advisory_xact_lock(lock_class, start);
  RETURN QUERY SELECT start, (SELECT e.hash FROM "AuditEvent" e WHERE e.chain = start ORDER BY e.id DESC LIMIT 1);
END
$$;
