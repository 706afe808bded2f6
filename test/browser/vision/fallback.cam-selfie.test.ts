// Where the vision Worker cannot be made, the picture checks still run (on the main thread) and the face
// checks say not-run, with one console message for the host.
import {expect} from '@open-wc/testing';
import {startClient, waitFor, withWarnings} from './support.js';

describe('vision without its Worker', () => {
  let session: Awaited<ReturnType<typeof startClient>> | undefined;
  afterEach(() => {
    session?.stop();
    session = undefined;
  });

  it('runs the pixel checks on the main thread when the Worker file is missing; faces not-run; one warning', async function () {
    this.timeout(40_000);
    await withWarnings(async (warnings) => {
      session = await startClient({baseUrl: '/test/no-such-folder/'});
      const {client} = session;
      await waitFor(() => client.path?.where === 'main-thread' && client.latest !== undefined, 'a main-thread analysis', 30_000);
      await waitFor(() => client.mainThreadCostsMs.length >= 4, 'four main-thread analyses', 10_000);
      expect(client.path).to.deep.equal({where: 'main-thread', reason: 'worker-unavailable'});
      expect(client.latest!.checks.brightness!.verdict).to.equal('pass');
      expect(client.latest!.checks.face).to.deep.equal({value: null, verdict: 'not-run'});
      expect(client.latest!.checks.faceEngine).to.deep.equal({value: 0, verdict: 'not-run'});
      const ours = warnings.filter((w) => w.startsWith('id-verification-profile:'));
      expect(ours, 'one message').to.have.length(1);
      expect(ours[0]).to.contain('/test/no-such-folder/').and.contain("worker-src 'self'");
    });
  });

  it('refuses a Worker from another origin (the policy allows same-origin URLs only) and falls back', async function () {
    this.timeout(30_000);
    await withWarnings(async (warnings) => {
      session = await startClient({baseUrl: 'https://vision.example.invalid/dist/vision/'});
      const {client} = session;
      await waitFor(() => client.latest !== undefined, 'an analysis', 20_000);
      expect(client.path).to.deep.equal({where: 'main-thread', reason: 'worker-unavailable'});
      expect(client.latest!.checks.face!.verdict).to.equal('not-run');
      expect(warnings.some((w) => w.includes("is not of this page's origin"))).to.equal(true);
    });
  });
});
