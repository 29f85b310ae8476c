/** Admin-panel permissions the plugin registers: `plugin::fact-desk.<uid>`. */
export const PLUGIN_ACTIONS = [
  { uid: 'verification.change', displayName: 'Change verification status' },
  { uid: 'publish.bypass-gate', displayName: 'Publish with unchecked items' },
  { uid: 'audit.read', displayName: 'Read the audit trail' },
] as const;

export type PluginAction = (typeof PLUGIN_ACTIONS)[number]['uid'];

export const actionId = (uid: PluginAction) => `plugin::fact-desk.${uid}`;
