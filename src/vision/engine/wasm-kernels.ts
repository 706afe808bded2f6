/** The kernels of `face-engine.wasm` (compiled from kernels.wat), behind the {@link Kernels} interface. */
import type {Kernels} from './kernels.js';
import type {PlanStep} from './plan.js';

interface KernelExports {
  memory: WebAssembly.Memory;
  pw(x: number, pixels: number, channelsIn: number, w: number, b: number, channelsOut: number, y: number, relu: number): void;
  dw(x: number, h: number, w: number, c: number, wt: number, b: number, y: number, oh: number, ow: number, s: number, pt: number, pl: number): void;
  addres(a: number, ca: number, r: number, cr: number, pixels: number, y: number): void;
  maxpool(x: number, w: number, c: number, y: number, oh: number, ow: number): void;
  im2col(x: number, h: number, w: number, k: number, s: number, pt: number, pl: number, oh: number, ow: number, col: number): void;
}

const PAGE_BYTES = 65536;

export class WasmKernels implements Kernels {
  private readonly k: KernelExports;
  private view: Float32Array;

  constructor(instance: WebAssembly.Instance) {
    this.k = instance.exports as unknown as KernelExports;
    this.view = new Float32Array(this.k.memory.buffer);
  }

  get floats(): Float32Array {
    // Growing the memory detaches the old buffer.
    if (this.view.buffer !== this.k.memory.buffer) this.view = new Float32Array(this.k.memory.buffer);
    return this.view;
  }

  reserve(floats: number): void {
    const need = floats * 4 - this.k.memory.buffer.byteLength;
    if (need > 0) this.k.memory.grow(Math.ceil(need / PAGE_BYTES));
  }

  run(step: PlanStep): void {
    const k = this.k;
    // Plans count f32 units; the kernels take byte addresses.
    switch (step.op) {
      case 'conv':
        k.im2col(step.x * 4, step.height, step.width, step.kernel, step.stride, step.padTop, step.padLeft, step.outHeight, step.outWidth, step.col * 4);
        k.pw(step.col * 4, step.outHeight * step.outWidth, step.taps, step.weights * 4, step.bias * 4, step.channelsOut, step.y * 4, 1);
        break;
      case 'pw':
        k.pw(step.x * 4, step.pixels, step.channelsIn, step.weights * 4, step.bias * 4, step.channelsOut, step.y * 4, step.relu ? 1 : 0);
        break;
      case 'dw':
        k.dw(step.x * 4, step.height, step.width, step.channels, step.weights * 4, step.bias * 4, step.y * 4, step.outHeight, step.outWidth, step.stride, step.padTop, step.padLeft);
        break;
      case 'maxpool':
        k.maxpool(step.x * 4, step.width, step.channels, step.y * 4, step.outHeight, step.outWidth);
        break;
      case 'add':
        k.addres(step.a * 4, step.channelsA, step.r * 4, step.channelsR, step.pixels, step.y * 4);
        break;
    }
  }
}

/**
 * Compiles (if needed) and instantiates the kernels. Rejects where WebAssembly cannot compile: no SIMD,
 * or a Content Security Policy without 'wasm-unsafe-eval'.
 */
export async function instantiateKernels(wasm: BufferSource | WebAssembly.Module): Promise<WasmKernels> {
  const module = wasm instanceof WebAssembly.Module ? wasm : await WebAssembly.compile(wasm);
  return new WasmKernels(await WebAssembly.instantiate(module, {}));
}
