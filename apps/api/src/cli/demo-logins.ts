import { DEMO_COORDINATORS } from '../demo/coordinators.js';
import { DEMO_LOGINS } from '../demo/load-demo.js';

/** The demo sign-ins, as `demo` and `serve --init-demo` print them. */
export function printDemoLogins() {
  console.log('\nDemo sign-ins (password for all: mintq-demo):');
  for (const login of DEMO_LOGINS)
    console.log(`  ${login.email.padEnd(42)} ${login.role}${login.funderKey ? ` (${login.funderKey})` : ''}`);
  for (const coordinator of DEMO_COORDINATORS)
    console.log(
      `  ${coordinator.email.padEnd(42)} participant (goal: ${coordinator.state === 'NONE' ? 'none yet' : coordinator.state})`,
    );
}
