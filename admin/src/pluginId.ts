export const PLUGIN_ID = 'fact-desk';
