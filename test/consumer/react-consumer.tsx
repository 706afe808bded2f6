// A React consumer of the `react` entry: element properties as props, typed `onIdv…` event props.
import {IdVerificationProfile, type IdVerificationProfileProps} from 'id-verification-profile/react';

export function Verify({challenge}: {challenge: string}) {
  return (
    <IdVerificationProfile
      challenge={challenge}
      profileId="user-42"
      strings={{start: 'Begin'}}
      onIdvStep={(e) => console.log(e.detail.step)}
      onIdvCapture={(e) => console.log(e.detail.kind)}
      onIdvError={(e) => console.log(e.detail.code, e.detail.recoverable)}
      onIdvSubmit={(e) => e.respondWith(fetch('/api/submissions', {method: 'POST', body: e.detail.toFormData()}))}
    />
  );
}

// @ts-expect-error: onIdvSubmit receives an IdvSubmitEvent, whose detail has no `signature`
export const wrong = <IdVerificationProfile onIdvSubmit={(e) => e.detail.signature} />;

export const props: IdVerificationProfileProps = {challenge: 'x'};
