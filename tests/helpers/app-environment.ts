import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';

const secret = () => crypto.randomBytes(16).toString('base64');

/**
 * Environment for a playground Strapi started by the tests or the benchmarks: fresh secrets, quiet
 * logs, no demo set-up, loopback only, and on SQLite a database file of its own.
 */
export function prepareAppEnvironment(nodeEnv: 'test' | 'production', purpose: string) {
  process.env.NODE_ENV = nodeEnv;
  process.env.FACT_DESK_DEMO = 'false';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'error');
  process.env.HOST = '127.0.0.1';
  process.env.PORT = '0';
  process.env.APP_KEYS = [secret(), secret()].join(',');
  process.env.API_TOKEN_SALT = secret();
  process.env.ADMIN_JWT_SECRET = secret();
  process.env.TRANSFER_TOKEN_SALT = secret();
  process.env.JWT_SECRET = secret();
  process.env.ENCRYPTION_KEY = secret();
  process.env.DATABASE_CLIENT = process.env.DATABASE_CLIENT || 'sqlite';
  if (process.env.DATABASE_CLIENT === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `fact-desk-${purpose}-`));
    process.env.DATABASE_FILENAME = path.join(dir, 'data.db');
  }
}
