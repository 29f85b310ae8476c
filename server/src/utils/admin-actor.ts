import type { Core } from '@strapi/strapi';
import { actionId, type PluginAction } from '../permissions';

type Ability = { can: (action: string, subject?: unknown) => boolean };

interface AdminActor {
  id: number;
  can: (action: PluginAction) => boolean;
  /** A Content Manager action (`publish`, `read`, …) on a content type. */
  canContent: (action: string, uid: string) => boolean;
}

/**
 * The admin user behind the current write, or null when the write does not come from the admin
 * panel (a script, a migration, the demo seed), which the rules treat as the system itself.
 */
export function currentAdmin(strapi: Core.Strapi): AdminActor | null {
  const state = strapi.requestContext.get()?.state as
    | { user?: { id?: number }; userAbility?: Ability; auth?: { strategy?: { name?: string } } }
    | undefined;
  if (!state?.user?.id || !state.userAbility || state.auth?.strategy?.name !== 'admin') return null;
  const ability = state.userAbility;
  return {
    id: state.user.id,
    can: (action) => ability.can(actionId(action)),
    canContent: (action, uid) => ability.can(`plugin::content-manager.explorer.${action}`, uid),
  };
}
