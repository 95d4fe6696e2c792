-- The audit log is append-only (等保2.0 安全审计): UPDATE, DELETE and TRUNCATE are rejected for
-- every database user the application has. The one exception is the retention purge of events
-- older than 180 days, which must be asked for explicitly in the same transaction
-- (SET LOCAL audit.purge = 'on'); nothing younger is ever removed. Tampering by a superuser who
-- drops the trigger is caught by the HMAC chain (npm run audit:verify).
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND current_setting('audit.purge', true) = 'on'
     AND OLD."occurredAt" < now() - interval '180 days' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '审计日志只允许追加，禁止 %', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only_rows"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

CREATE TRIGGER "AuditEvent_append_only_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
