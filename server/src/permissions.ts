/** Admin-panel permissions the plugin registers: `plugin::fact-desk.<uid>`. */
export const PLUGIN_ACTIONS = [{ uid: 'audit.read', displayName: 'Read the audit trail' }] as const;

export const actionId = (uid: (typeof PLUGIN_ACTIONS)[number]['uid']) => `plugin::fact-desk.${uid}`;
