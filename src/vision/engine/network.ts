/**
 * BlazeFace's network at any input size: one plan per size (made on first use, then reused), all on
 * one memory that holds the packed weights followed by the activations of whichever plan runs.
 */
import type {Kernels} from './kernels.js';
import type {FaceModel} from './model-file.js';
import {createPlan, packWeights, type PackedWeights, type Plan} from './plan.js';

export class Network {
  private readonly packed: PackedWeights;
  private readonly plans = new Map<number, Plan>();

  constructor(private readonly model: FaceModel, readonly kernels: Kernels) {
    this.packed = packWeights(model);
    kernels.reserve(this.packed.data.length);
    kernels.floats.set(this.packed.data, 0);
  }

  /** The plan for a width × height input (multiples of 16); the memory grows to fit it on first use. */
  plan(width: number, height: number): Plan {
    const key = width * 65536 + height;
    let plan = this.plans.get(key);
    if (!plan) {
      plan = createPlan(this.model, this.packed, width, height);
      this.kernels.reserve(plan.floats);
      this.plans.set(key, plan);
    }
    return plan;
  }

  /** Runs the network on the input already written at `plan.input`; the heads are then at `plan.heads`. */
  run(plan: Plan): void {
    for (const step of plan.steps) this.kernels.run(step);
  }
}
