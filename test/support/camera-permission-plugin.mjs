// A WTR server plugin that grants or revokes the page's camera permission through the browser (CDP),
// the way a person does from the address bar: a live track really ends when it is revoked.
//
// The permission is a browser-level setting, so it goes through the page's *browser context*
// (puppeteer's `BrowserContext.setPermission` → `Browser.setPermission` with that context's id). Sending
// `Browser.setPermission` on a page-level CDP session without a context id, as this plugin first did,
// is accepted but changes nothing the page can see.
/** Command `set-camera-permission` with payload `{state: 'granted' | 'denied' | 'prompt'}`. */
export function cameraPermissionPlugin() {
  return {
    name: 'camera-permission',
    async executeCommand({command, payload, session}) {
      if (command !== 'set-camera-permission') return undefined;
      const state = payload?.state;
      if (!['granted', 'denied', 'prompt'].includes(state)) {
        throw new Error(`set-camera-permission: state must be granted, denied or prompt, not ${state}`);
      }
      const page = session.browser.getPage(session.id);
      const origin = new URL(page.url()).origin;
      await page.browserContext().setPermission(origin, {permission: {name: 'camera'}, state});
      return true;
    },
  };
}
