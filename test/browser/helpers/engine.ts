/**
 * Which engine a test runs in, and the rare test that cannot run in one of them.
 *
 * The runner (web-test-runner.config.mjs) writes `window.__IDV_TEST__` into each test page: the engine,
 * and, when the file's camera setup cannot be made in that engine, why. Such a test is still listed, as
 * skipped, with the reason in its title, so the totals show it and the README can list it.
 */
declare global {
  interface Window {
    __IDV_TEST__?: {engine: Engine; skipReason: string | null};
  }
}

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine running this page. */
export const engine: Engine = window.__IDV_TEST__?.engine ?? 'chromium';

/**
 * `it` for a test that needs what `engines` cannot do: elsewhere it runs as usual; in those engines (or when
 * the whole file's camera setup is impossible in this engine) it is skipped, titled with the reason.
 */
export function itWhere(allowed: Engine[], reason: string, title: string, fn: Mocha.Func): void {
  const fileReason = window.__IDV_TEST__?.skipReason;
  if (fileReason) it.skip(`${title} (skipped in ${engine}: ${fileReason})`, fn);
  else if (!allowed.includes(engine)) it.skip(`${title} (skipped in ${engine}: ${reason})`, fn);
  else it(title, fn);
}

/** Skips every test of a file whose camera setup this engine cannot make; call at the top of `describe`. */
export function skipFileIfUnsupported(): void {
  const reason = window.__IDV_TEST__?.skipReason;
  if (!reason) return;
  before(function () {
    this.skip();
  });
}
