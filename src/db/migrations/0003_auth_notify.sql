-- Every process caches who is calling and which workspaces they see. Any change that could alter
-- the answer notifies every process (at commit), and each clears its cache.
CREATE OR REPLACE FUNCTION canopy_auth_changed() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('canopy_auth', '');
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER users_auth_changed AFTER UPDATE OF org_role, organization_id, totp_enabled_at OR DELETE ON users FOR EACH STATEMENT EXECUTE FUNCTION canopy_auth_changed();
--> statement-breakpoint
CREATE TRIGGER sessions_auth_changed AFTER DELETE ON sessions FOR EACH STATEMENT EXECUTE FUNCTION canopy_auth_changed();
--> statement-breakpoint
CREATE TRIGGER api_tokens_auth_changed AFTER DELETE ON api_tokens FOR EACH STATEMENT EXECUTE FUNCTION canopy_auth_changed();
--> statement-breakpoint
CREATE TRIGGER workspace_members_auth_changed AFTER INSERT OR UPDATE OR DELETE ON workspace_members FOR EACH STATEMENT EXECUTE FUNCTION canopy_auth_changed();
--> statement-breakpoint
CREATE TRIGGER workspaces_auth_changed AFTER INSERT OR UPDATE OR DELETE ON workspaces FOR EACH STATEMENT EXECUTE FUNCTION canopy_auth_changed();
--> statement-breakpoint
CREATE TRIGGER organizations_auth_changed AFTER UPDATE OR DELETE ON organizations FOR EACH STATEMENT EXECUTE FUNCTION canopy_auth_changed();
