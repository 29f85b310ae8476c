export default {
  rest: {
    defaultLimit: 25,
    maxLimit: 100,
    withCount: true,
  },
  documents: {
    // Unknown root parameters, statuses and locales are errors rather than silently ignored.
    strictParams: true,
  },
};
