/**
 * The signed submission, browser side. The element calls `buildSubmission`; storage calls
 * `clearDeviceKeys`. The verifier lives in the `server` entry (src/server/).
 */
export {buildSubmission} from './submission.js';
export type {BuildSubmissionInput, Submission, SubmissionJSON} from './submission.js';
export {SubmissionError} from './errors.js';
export type {SubmissionErrorCode} from './errors.js';
export {getDeviceKey, deleteDeviceKey, clearDeviceKeys} from './device-key.js';
export type {DeviceKey} from './device-key.js';
export {buildClaims} from './claims.js';
export {signSubmission} from './sign.js';
export {jwkThumbprint} from './jwk-thumbprint.js';
export * from './format.js';
