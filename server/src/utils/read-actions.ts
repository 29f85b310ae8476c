/** Document service actions that change nothing. */
const READ_ACTIONS: readonly string[] = ['findOne', 'findMany', 'findFirst', 'count'];

export const isReadAction = (action: string) => READ_ACTIONS.includes(action);
