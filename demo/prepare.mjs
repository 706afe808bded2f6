// Builds dist/ with rollup when it is missing or older than the sources, so `npm start` always serves
// what src/ says. Quick no-op when the build is current.
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUTS = ['dist/id-verification-profile.iife.js', 'dist/server/index.js'];
const INPUTS = ['src', 'rollup.config.mjs', 'tsconfig.json', 'package.json'];

/** Newest modification time under a file or folder (0 when absent). */
function newest(target) {
  if (!existsSync(target)) return 0;
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(target).reduce((max, name) => Math.max(max, newest(path.join(target, name))), info.mtimeMs);
}

const outputs = OUTPUTS.map((file) => path.join(root, file));
const oldestOutput = outputs.every(existsSync) ? Math.min(...outputs.map((file) => statSync(file).mtimeMs)) : 0;
const newestInput = Math.max(...INPUTS.map((name) => newest(path.join(root, name))));

if (oldestOutput > newestInput) {
  console.log('dist/ is up to date');
} else {
  console.log(oldestOutput ? 'src/ changed since the last build: building…' : 'dist/ is missing: building…');
  const rollup = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'rollup.cmd' : 'rollup');
  const result = spawnSync(rollup, ['-c'], {cwd: root, stdio: 'inherit', shell: process.platform === 'win32'});
  if (result.status !== 0) {
    console.error('The build failed; fix it or run `npm run build` to see why.');
    process.exit(result.status ?? 1);
  }
}
