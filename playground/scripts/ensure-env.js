// Writes playground/.env with fresh random secrets the first time the demo runs. Never overwrites.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const envFile = path.join(__dirname, '..', '.env');
if (fs.existsSync(envFile)) process.exit(0);

const secret = () => crypto.randomBytes(16).toString('base64');
const lines = [
  'HOST=127.0.0.1',
  'PORT=1337',
  `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}`,
  `API_TOKEN_SALT=${secret()}`,
  `ADMIN_JWT_SECRET=${secret()}`,
  `TRANSFER_TOKEN_SALT=${secret()}`,
  `JWT_SECRET=${secret()}`,
  `ENCRYPTION_KEY=${secret()}`,
  'DATABASE_CLIENT=sqlite',
  'DATABASE_FILENAME=.tmp/data.db',
];
fs.writeFileSync(envFile, `${lines.join('\n')}\n`, { mode: 0o600 });
console.log(`Wrote ${envFile} with new random secrets.`);
