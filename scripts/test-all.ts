import { spawnSync } from 'node:child_process';

/**
 * `npm test`: every check CI runs, in order, stopping at the first failure.
 * Each step is also an npm script of its own for quick local runs.
 */
const steps: Array<[string, string]> = [
  ['typecheck', 'npm run typecheck'],
  ['lint', 'npm run lint'],
  ['unit and component tests', 'npm run test:unit'],
  ['production build', 'npm run build'],
  ['bundle checks and budgets', 'npm run budget'],
  ['end-to-end tests (Chromium)', 'npm run test:e2e'],
];

const timings: string[] = [];
for (const [name, command] of steps) {
  console.log(`\n▶ ${name}: ${command}`);
  const started = performance.now();
  const result = spawnSync(command, { stdio: 'inherit', shell: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  timings.push(`${name.padEnd(32)} ${seconds.padStart(6)} s`);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\nAll checks passed:\n  ${timings.join('\n  ')}`);
