// Test-runner commands that the stock ones lack, for Chromium over the DevTools protocol:
// forced-colours emulation (Puppeteer's emulateMediaFeatures refuses that feature) and a screenshot
// of one box of the page, so a test can check what is really painted.
const forcedColorSessions = new Map();

export function chromiumCommands() {
  return {
    name: 'versus-chromium-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'versus-forced-colors' && command !== 'versus-screenshot') return undefined;
      if (session.browser.name !== 'Chrome') throw new Error(`${command} needs Chromium (DevTools protocol)`);
      const page = session.browser.getPage(session.id);
      if (command === 'versus-forced-colors') {
        // The override lives as long as the protocol session that set it, so one is kept per page.
        let client = forcedColorSessions.get(session.id);
        if (!client) {
          client = await page.createCDPSession();
          forcedColorSessions.set(session.id, client);
        }
        await client.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
        return true;
      }
      const { x, y, width, height } = payload;
      return page.screenshot({ clip: { x, y, width, height }, encoding: 'base64', captureBeyondViewport: false });
    },
  };
}
