type Ability = { can: (action: string, subject?: unknown) => boolean };

/**
 * The plugin's admin routes read and write records of several types (an article's figures and
 * quotes, the queue across articles): the caller needs the Content Manager's permission for the
 * action on each of them, as the Content Manager itself would ask.
 */
export default (
  policyContext: { state: { userAbility?: Ability } },
  config: { action: 'read' | 'create' | 'update'; types: string[] }
): boolean => {
  const ability = policyContext.state.userAbility;
  if (!ability) return false;
  return config.types.every((uid) =>
    ability.can(`plugin::content-manager.explorer.${config.action}`, uid)
  );
};
