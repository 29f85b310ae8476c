import { execFileSync, spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import net from 'net';
import path from 'path';

export const READER_SITE_DIR = path.resolve(__dirname, '..', '..', 'examples', 'reader-site');

/** Installs the reader site from its lockfile when it has no node_modules, and builds it. */
export function buildReaderSite() {
  if (!fs.existsSync(path.join(READER_SITE_DIR, 'node_modules'))) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], {
      cwd: READER_SITE_DIR,
      stdio: 'ignore',
    });
  }
  execFileSync('npm', ['run', 'build'], { cwd: READER_SITE_DIR, stdio: 'ignore' });
}

/** A loopback port nothing listens on now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface ReaderSite {
  url: string;
  stop: () => Promise<void>;
}

/** Runs the built reader site against a Strapi, as `npm run demo:site` runs it. */
export async function startReaderSite(
  port: number,
  strapiUrl: string,
  secret: string
): Promise<ReaderSite> {
  const child: ChildProcess = spawn('node', ['dist/server/entry.mjs'], {
    cwd: READER_SITE_DIR,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      STRAPI_URL: strapiUrl,
      READER_SITE_SECRET: secret,
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 100) {
    const answered = await fetch(`${url}/en`).then(
      (response) => response.ok,
      () => false
    );
    if (answered) break;
    if (waited > 30_000 || child.exitCode !== null) {
      child.kill();
      throw new Error(`The reader site did not start on ${url}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
