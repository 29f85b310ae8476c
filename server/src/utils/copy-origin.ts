import { AsyncLocalStorage } from 'async_hooks';

const origin = new AsyncLocalStorage<string>();

/** Runs the create of a copy, so that what records the creation can say what it copies. */
export const creatingCopyOf = <Result>(documentId: string, create: () => Promise<Result>) =>
  origin.run(documentId, create);

/** The documentId of the record the create in progress copies, if it is a copy. */
export const copiedDocumentId = (): string | undefined => origin.getStore();
