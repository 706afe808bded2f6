/**
 * The `react` entry: `<IdVerificationProfile>` as a React component, made with `@lit/react`, so React
 * sets the element's properties (not just attributes) and hands typed events to `onIdv…` props:
 *
 * ```tsx
 * import {IdVerificationProfile} from 'id-verification-profile/react';
 * <IdVerificationProfile challenge={challenge} profileId="user-42" onIdvSubmit={(e) => send(e.detail.toFormData())} />
 * ```
 *
 * Importing this module registers `<id-verification-profile>` in the browser (React renders the tag, so
 * it must be defined); on a server it registers nothing and touches no browser global.
 */
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import {IdVerificationProfile as IdVerificationProfileElement} from './id-verification-profile.js';
import type {IdvCaptureEvent, IdvErrorEvent, IdvStepEvent, IdvSubmitEvent} from './events.js';

const TAG = 'id-verification-profile';

if (typeof customElements !== 'undefined') IdVerificationProfileElement.define(TAG);

/** The React component. Event props: `onIdvStep`, `onIdvCapture`, `onIdvError`, `onIdvSubmit`. */
export const IdVerificationProfile = createComponent({
  tagName: TAG,
  elementClass: IdVerificationProfileElement,
  react: React,
  events: {
    onIdvStep: 'idv-step' as EventName<IdvStepEvent>,
    onIdvCapture: 'idv-capture' as EventName<IdvCaptureEvent>,
    onIdvError: 'idv-error' as EventName<IdvErrorEvent>,
    onIdvSubmit: 'idv-submit' as EventName<IdvSubmitEvent>,
  },
  displayName: 'IdVerificationProfile',
});

/** The props the component takes (element properties, HTML attributes and the event props). */
export type IdVerificationProfileProps = React.ComponentProps<typeof IdVerificationProfile>;

export {IdVerificationProfileElement};
export type {IdvCaptureEvent, IdvErrorEvent, IdvStepEvent, IdvSubmitEvent, SignedSubmission} from './events.js';
export type {IdvStrings} from './i18n/en.js';
