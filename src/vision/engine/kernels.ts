/** What runs a plan's steps: the WebAssembly SIMD kernels or the same maths in plain JS. */
import type {PlanStep} from './plan.js';

export interface Kernels {
  /** The memory every plan offset points into (renewed after it grows: do not keep it across `reserve`). */
  readonly floats: Float32Array;
  /** Makes the memory at least `floats` long, keeping its contents. */
  reserve(floats: number): void;
  /** Runs one step of a plan. */
  run(step: PlanStep): void;
}
