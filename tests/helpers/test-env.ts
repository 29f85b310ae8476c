import { prepareAppEnvironment } from './app-environment';

// Every test file gets its own secrets and, on SQLite, its own empty database file.
prepareAppEnvironment('test', 'test');
