import conditionalGet from './conditional-get';

export default {
  'conditional-get': conditionalGet,
};
