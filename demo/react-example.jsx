// The React example: the `react` entry (made with @lit/react) with typed event props. Built into
// dist/demo/react-example.js by demo/build-examples.mjs (React bundled in, no CDN), loaded by react.html.
import {StrictMode, useCallback, useState} from 'react';
import {createRoot} from 'react-dom/client';
import {IdVerificationProfile} from 'id-verification-profile/react';

/** The demo has no sign-in: the page names its profile id and the server opens a session for it. */
const PROFILE_ID = 'react-demo';

function App() {
  const [log, setLog] = useState([]);
  const record = useCallback((line) => setLog((lines) => [line, ...lines].slice(0, 50)), []);

  // Asked for at the moment of signing, for every attempt: a page left open still signs a live challenge.
  const getChallenge = useCallback(async () => {
    const response = await fetch(`/api/challenge?sub=${encodeURIComponent(PROFILE_ID)}`, {cache: 'no-store'});
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()).challenge;
  }, []);

  const onSubmit = useCallback(
    (event) => {
      const forwarding = fetch('/api/submissions', {method: 'POST', body: event.detail.toFormData()}).then(async (response) => {
        const body = await response.clone().json().catch(() => ({}));
        record(`server: ${response.status} ${body.verdict ?? body.reason ?? ''}`);
        return response; // not ok (409, 500…) → the element shows a retryable error
      });
      event.respondWith(forwarding);
    },
    [record],
  );

  return (
    <div className="layout">
      <IdVerificationProfile
        getChallenge={getChallenge}
        profileId={PROFILE_ID}
        privacyUrl="https://example.com/privacy"
        onIdvStep={(e) => record(`idv-step: ${e.detail.previous} → ${e.detail.step}`)}
        onIdvCapture={(e) => record(`idv-capture: ${e.detail.kind}`)}
        onIdvError={(e) => record(`idv-error: ${e.detail.code}`)}
        onIdvSubmit={onSubmit}
      />
      <section aria-labelledby="log-heading">
        <h2 id="log-heading">Events</h2>
        <ol id="log">
          {log.map((line, i) => (
            <li key={log.length - i}>{line}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}

createRoot(document.getElementById('app')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
