import { execFileSync } from 'child_process';
import { PLAYGROUND_DIR } from '../helpers/strapi';

/** The admin panel the e2e tests drive is the playground's build, made as `npm run demo` makes it. */
export default function buildAdmin() {
  execFileSync('npx', ['strapi', 'build'], { cwd: PLAYGROUND_DIR, stdio: 'ignore' });
}
