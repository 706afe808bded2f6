// Compiles the hand-written SIMD kernels (../kernels.wat) to WebAssembly with wabt. Build time only.
import {readFile} from 'node:fs/promises';
import wabtFactory from 'wabt';

export const KERNELS_WAT = new URL('../kernels.wat', import.meta.url);

/** @returns {Promise<Uint8Array>} the validated `face-engine.wasm` */
export async function compileKernels(watUrl = KERNELS_WAT) {
  const wabt = await wabtFactory();
  const text = await readFile(watUrl, 'utf8');
  const module = wabt.parseWat('kernels.wat', text, {simd: true});
  try {
    module.validate();
    return module.toBinary({log: false, write_debug_names: false}).buffer;
  } finally {
    module.destroy();
  }
}
