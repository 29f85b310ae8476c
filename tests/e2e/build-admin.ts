import { execFileSync } from 'child_process';
import { PLAYGROUND_DIR } from '../helpers/strapi';
import { buildReaderSite } from './reader-site';

/**
 * The admin panel the e2e tests drive is the playground's build, made as `npm run demo` makes it;
 * the reader site is built as `npm run demo:site` builds it.
 */
export default function buildAdmin() {
  execFileSync('npx', ['strapi', 'build'], { cwd: PLAYGROUND_DIR, stdio: 'ignore' });
  buildReaderSite();
}
