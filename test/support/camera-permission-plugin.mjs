// A WTR server plugin that grants or revokes the page's camera permission through the browser (CDP),
// the way a person does from the address bar: a live track really ends when it is revoked.
/** Command `set-camera-permission` with payload `{state: 'granted' | 'denied' | 'prompt'}`. */
export function cameraPermissionPlugin() {
  return {
    name: 'camera-permission',
    async executeCommand({command, payload, session}) {
      if (command !== 'set-camera-permission') return undefined;
      const page = session.browser.getPage(session.id);
      const origin = new URL(page.url()).origin;
      const client = await page.createCDPSession();
      await client.send('Browser.setPermission', {
        origin,
        permission: {name: 'camera'},
        setting: payload.state,
      });
      await client.detach();
      return true;
    },
  };
}
