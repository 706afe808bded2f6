// Rollup plugin: writes the built-in face engine's data files into dist/vision/, beside the script-tag
// bundle and inside the npm package: the compiled kernels, the converted weights and their licence notice.
// The runtime (src/vision/engine/load.ts) fetches them by these names.
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {compileKernels, KERNELS_WAT} from './compile-kernels.mjs';
import {convertBlazeFace} from './convert-model.mjs';

const require = createRequire(import.meta.url);
/** The weights: BlazeFace short-range from MediaPipe's npm package (a devDependency). */
export const BLAZEFACE_TFLITE = require.resolve('@mediapipe/face_detection/face_detection_short_range.tflite');
const NOTICE = new URL('./NOTICE-blazeface.txt', import.meta.url);

/** @param {{dir?: string}} [options] folder inside the output directory */
export function faceEngineFiles({dir = 'vision'} = {}) {
  return {
    name: 'idv-face-engine-files',
    async buildStart() {
      this.addWatchFile(KERNELS_WAT.pathname);
      this.addWatchFile(NOTICE.pathname);
    },
    async generateBundle() {
      const [wasm, model, notice] = await Promise.all([
        compileKernels(),
        readFile(BLAZEFACE_TFLITE).then((bytes) => convertBlazeFace(new Uint8Array(bytes))),
        readFile(NOTICE),
      ]);
      this.emitFile({type: 'asset', fileName: `${dir}/face-engine.wasm`, source: wasm});
      this.emitFile({type: 'asset', fileName: `${dir}/blazeface-short-range.bin`, source: model});
      this.emitFile({type: 'asset', fileName: `${dir}/NOTICE-blazeface.txt`, source: notice});
    },
  };
}
