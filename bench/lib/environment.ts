import { prepareAppEnvironment } from '../../tests/helpers/app-environment';

// The benchmark's Strapi runs in production mode on a database of its own.
prepareAppEnvironment('production', 'bench');
