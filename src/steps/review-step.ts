import {UpcomingStep} from './upcoming-step.js';

/** Placeholder until the step is built. @internal */
export class ReviewStep extends UpcomingStep {}
