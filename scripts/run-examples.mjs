// Runs every example script (examples/NN-*.ts) in order with tsx; exits non-zero on the first failure.
// The examples import the package by its own name, so `npm run build` must have run first.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = readdirSync(new URL('../examples/', import.meta.url))
  .filter((name) => /^\d\d-.*\.ts$/.test(name))
  .sort();
if (examples.length === 0) {
  console.error('no examples found in examples/');
  process.exit(1);
}
for (const name of examples) {
  console.log(`\n=== examples/${name} ===`);
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', `examples/${name}`], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`examples/${name} failed (exit ${run.status ?? run.signal})`);
    process.exit(1);
  }
  console.log(`=== ok: examples/${name} (${((Date.now() - started) / 1000).toFixed(1)} s) ===`);
}
