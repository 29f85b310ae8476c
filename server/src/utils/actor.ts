import type { Core } from '@strapi/strapi';
import { actionId, type PluginAction } from '../permissions';

type Ability = { can: (action: string, subject?: unknown) => boolean };

type RequestState = {
  user?: { id?: number; firstname?: string; lastname?: string; email?: string; username?: string };
  userAbility?: Ability;
  auth?: { strategy?: { name?: string }; credentials?: { name?: string } };
};

/** Who is behind a write made while an HTTP request is served. */
export interface Actor {
  /** The admin user; null for a content-API caller (an end user, an API token, anyone). */
  adminId: number | null;
  /** The name the audit trail gives them. */
  name: string | null;
  can: (action: PluginAction) => boolean;
  /**
   * A Content Manager action (`publish`, `read`, …) on a content type; with an entry (its
   * `locale`, `createdBy`…), on that entry, so permissions limited to some locales or to the
   * entries one created are read as the Content Manager reads them.
   */
  canContent: (action: string, uid: string, entry?: Record<string, unknown>) => boolean;
}

type PermissionsManager = { toSubject: (entry: object, uid: string) => unknown };

const NO_PERMISSION = () => false;

function adminActor(strapi: Core.Strapi, state: RequestState, ability: Ability, id: number): Actor {
  const { firstname, lastname, email } = state.user ?? {};
  const subjectOf = (uid: string, entry?: Record<string, unknown>) => {
    if (!entry) return uid;
    const manager = strapi
      .service('admin::permission')
      .createPermissionsManager({ ability, model: uid }) as PermissionsManager;
    return manager.toSubject(entry, uid);
  };
  return {
    adminId: id,
    name: [firstname, lastname].filter(Boolean).join(' ') || email || null,
    can: (action) => ability.can(actionId(action)),
    canContent: (action, uid, entry) =>
      ability.can(`plugin::content-manager.explorer.${action}`, subjectOf(uid, entry)),
  };
}

/** A caller of the content API, on any route (another plugin's, the app's, GraphQL): no admin permission. */
function contentApiCaller(state: RequestState): Actor {
  const who = state.user?.username ?? state.user?.email ?? state.auth?.credentials?.name;
  return {
    adminId: null,
    name: who ? `Content API: ${who}` : 'Content API',
    can: NO_PERMISSION,
    canContent: NO_PERMISSION,
  };
}

/**
 * Who is behind the current write: an admin of the panel with their permissions; a content-API
 * caller with none (a route of another plugin or of the app writes on their behalf); or null when
 * no HTTP request is behind it (a script, a migration, the demo seed), which the rules treat as
 * the system itself.
 */
export function currentActor(strapi: Core.Strapi): Actor | null {
  const ctx = strapi.requestContext.get();
  if (!ctx) return null;
  const state = (ctx.state ?? {}) as RequestState;
  const isAdmin = state.auth?.strategy?.name === 'admin';
  if (isAdmin && state.user?.id && state.userAbility) {
    return adminActor(strapi, state, state.userAbility, state.user.id);
  }
  return contentApiCaller(state);
}
