export * from './vocabulary';
export * from './finding';
export * from './figure-rules';
