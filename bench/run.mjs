// `npm run bench`: every benchmark in one go — bundle sizes, per-frame analysis cost, face engine time
// per call and bytes, time to sign and verify. Each script prints its own figures; this runs them in turn and stops on a failure
// (e.g. the size budget exceeded). Builds first so the figures are of the current source.
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';

const steps = [
  ['build', ['npx', 'rollup', '-c', '--silent']],
  ['size', ['node', 'bench/size.mjs']],
  ['quality', ['node', 'bench/quality.mjs']],
  ['face engine', ['node', 'bench/face-engine.mjs']],
  ['vision', ['node', 'bench/vision.mjs']],
  ['sign', ['node', 'bench/sign.mjs']],
].filter(([name, cmd]) => name === 'build' || existsSync(cmd[1]));

for (const [name, cmd] of steps) {
  console.log(`\n## ${name}\n`);
  const {status} = spawnSync(cmd[0], cmd.slice(1), {stdio: 'inherit'});
  if (status !== 0) {
    console.error(`\n${name} failed (exit ${status})`);
    process.exit(status ?? 1);
  }
}
