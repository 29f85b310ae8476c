import { validationError } from './validation-error';
import type { QueryProblem } from '../domain/public-queries';

/** Refuses a reader's query with a 400 naming the part of it at fault. */
export const refuseQuery = ({ path, message }: QueryProblem): never => {
  throw validationError([{ path, message }]);
};
