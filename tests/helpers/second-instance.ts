import { spawn } from 'child_process';
import path from 'path';
import { PLAYGROUND_DIR } from './strapi';

export interface SecondInstance {
  url: string;
  stop: () => Promise<void>;
}

/** Another Strapi process on the same database as the test's own, as a second server would be. */
export function startSecondInstance(): Promise<SecondInstance> {
  const child = spawn(
    process.execPath,
    [require.resolve('tsx/cli'), path.join(__dirname, 'run-instance.ts')],
    { cwd: PLAYGROUND_DIR, env: process.env, stdio: ['ignore', 'pipe', 'inherit'] }
  );
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const address = /listening on (\S+)/.exec(chunk.toString())?.[1];
      if (address) resolve({ url: address, stop });
    });
    child.once('exit', (code) => reject(new Error(`The second instance stopped (exit ${code}).`)));
  });
}
