-- Cache invalidation across app instances (lib/cache/listener.ts): a change to an account, its roles or its
-- sessions notifies the `ctg_cache` channel with the user's id, delivered at commit, so that every instance drops
-- the actor it holds for that user (lib/auth/actor-cache.ts) and a revocation stays immediate.
-- Territory data changes notify the same channel from the audit writer (lib/audit/record.ts).
-- The trigger's argument names the column holding the user's id ("id" on "User", "userId" elsewhere).
-- The migration runner splits statements at every semicolon, even inside dollar quotes: the function body is an
-- escaped string whose semicolons are written \073.
CREATE OR REPLACE FUNCTION ctg_notify_user_change() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP <> ''INSERT'' THEN
    PERFORM pg_notify(''ctg_cache'', json_build_object(''userId'', to_jsonb(OLD) ->> TG_ARGV[0])::text)\073
  END IF\073
  IF TG_OP <> ''DELETE'' THEN
    PERFORM pg_notify(''ctg_cache'', json_build_object(''userId'', to_jsonb(NEW) ->> TG_ARGV[0])::text)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE TRIGGER "User_notify_cache" AFTER INSERT OR UPDATE OR DELETE ON "User"
  FOR EACH ROW EXECUTE FUNCTION ctg_notify_user_change('id');
CREATE TRIGGER "Membership_notify_cache" AFTER INSERT OR UPDATE OR DELETE ON "Membership"
  FOR EACH ROW EXECUTE FUNCTION ctg_notify_user_change('userId');
CREATE TRIGGER "UserSession_notify_cache" AFTER INSERT OR UPDATE OR DELETE ON "UserSession"
  FOR EACH ROW EXECUTE FUNCTION ctg_notify_user_change('userId');
