// Asks the bot a question in the Microsoft 365 Agents Playground (Teams emulation) with headless Chromium and saves a
// screenshot. Needs the host on http://127.0.0.1:3978 and `npm run playground` (UI on port 56150) running.
//   node ask-in-playground.mjs [question] [screenshot.png] [--citation]
// --citation also opens the first citation's card before the screenshot; --html saves the page beside it.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2).filter(a => !a.startsWith('--'));
const flags = new Set(process.argv.slice(2).filter(a => a.startsWith('--')));
const question = args[0] ?? 'Who let Trotsky into Norway?';
const output = path.resolve(args[1] ?? 'playground.png');
const playground = process.env.PLAYGROUND_URL ?? 'http://127.0.0.1:56150/';

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'playground-chromium-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

try {
  const page = browser.pages()[0] ?? await browser.newPage();
  await page.goto(playground, { waitUntil: 'networkidle' });
  await page.getByText('Personal Chat', { exact: true }).first().click();

  // The compose box is a rich-text editor (contenteditable), so type into it like a user.
  const box = page.getByRole('textbox').first();
  await box.waitFor();
  const botMessages = page.getByText('Test Bot');
  await botMessages.first().waitFor({ timeout: 30_000 }); // the welcome
  const before = await botMessages.count();
  await box.click();
  await page.keyboard.type(question);
  await page.keyboard.press('Enter');

  // Wait for the answer (a new bot message after the typing indicator), then let it render.
  await page.waitForFunction(n => document.body.innerText.split('Test Bot').length - 1 > n, before, { timeout: 60_000 });
  await page.waitForTimeout(2_000);

  if (flags.has('--citation')) {
    // Teams opens a citation's card when the pointer rests on its marker.
    const marker = page.locator('a.fai-Citation').first();
    await marker.hover();
    await page.waitForTimeout(2_000);
  }

  await page.screenshot({ path: output });
  if (flags.has('--html')) fs.writeFileSync(output.replace(/\.png$/, '.html'), await page.content());
  console.log(`saved ${output}`);
} finally {
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
