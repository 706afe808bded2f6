// The React example: the `react` entry (made with @lit/react) with typed event props. Built into
// dist/demo/react-example.js by demo/build-examples.mjs (React bundled in, no CDN), loaded by react.html.
import {StrictMode, useCallback, useEffect, useState} from 'react';
import {createRoot} from 'react-dom/client';
import {IdVerificationProfile} from 'id-verification-profile/react';

function App() {
  const [challenge, setChallenge] = useState('');
  const [log, setLog] = useState([]);
  const record = useCallback((line) => setLog((lines) => [line, ...lines].slice(0, 50)), []);

  const newChallenge = useCallback(async () => {
    const response = await fetch('/api/challenge', {cache: 'no-store'});
    if (response.ok) setChallenge((await response.json()).challenge);
  }, []);
  useEffect(() => void newChallenge(), [newChallenge]);

  const onSubmit = useCallback(
    (event) => {
      const forwarding = fetch('/api/submissions', {method: 'POST', body: event.detail.toFormData()}).then(async (response) => {
        const body = await response.json().catch(() => ({}));
        record(`server: ${response.status} ${body.verdict ?? body.reason ?? ''}`);
        void newChallenge(); // one challenge per submission
        if (!response.ok) throw new Error(body.reason ?? `HTTP ${response.status}`);
      });
      event.respondWith(forwarding);
    },
    [newChallenge, record],
  );

  return (
    <div className="layout">
      <IdVerificationProfile
        challenge={challenge}
        profileId="react-demo"
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
