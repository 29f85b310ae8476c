import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';

// Every test file gets its own secrets and, on SQLite, its own empty database file.
const secret = () => crypto.randomBytes(16).toString('base64');

process.env.NODE_ENV = 'test';
process.env.FACT_DESK_DEMO = 'false';
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn';
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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fact-desk-test-'));
  process.env.DATABASE_FILENAME = path.join(dir, 'data.db');
}
