// Debian's Chromium driven by playwright-core, axe-core checks and screenshots.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './servers.mjs';

// The test dependencies live in client/node_modules.
const require = createRequire(join(ROOT, 'client/package.json'));
const { chromium } = require('playwright-core');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'test/e2e/screenshots');

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 812 };

export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

// A fresh browser profile: its own storage, language, time zone and window size.
export async function newPage(
  browser,
  baseURL,
  { locale = 'en-US', timezoneId = 'UTC', viewport = DESKTOP, touch = false } = {},
) {
  // `touch`: a phone's touch screen (no hover, a coarse pointer), not only its width.
  const context = await browser.newContext({
    baseURL,
    locale,
    timezoneId,
    viewport,
    ...(touch ? { hasTouch: true, isMobile: true } : {}),
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/Failed to load resource/.test(msg.text())) {
      problems.push(`console error: ${msg.text()}`);
    }
  });
  page.problems = problems;
  return page;
}

// No serious or critical axe violation on the page as it is now; `also` names rules of a
// lesser impact that must not be broken either (e.g. landmark-unique).
export async function expectAccessible(page, label, { also = [] } = {}) {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    window.axe.run(document, { resultTypes: ['violations'] }),
  );
  const blocking = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical' || also.includes(v.id),
  );
  const describe = (v) =>
    `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes
      .slice(0, 5)
      .map((n) => n.target.join(' '))
      .join('\n    ')}`;
  const minor = results.violations.filter((v) => !blocking.includes(v));
  if (minor.length > 0 && process.env.AXE_VERBOSE) {
    console.log(`axe (${label}), minor:\n  ${minor.map(describe).join('\n  ')}`);
  }
  assert.equal(
    blocking.length,
    0,
    `axe found serious or critical violations on ${label}:\n  ${blocking.map(describe).join('\n  ')}`,
  );
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

// Drag with the mouse from one grid cell to another (day 0 = Monday, slot 0 = 00:00).
export async function dragCells(page, from, to) {
  const cell = (c) => page.locator(`.avail-grid [data-day="${c.day}"][data-slot="${c.slot}"]`);
  await cell(from).scrollIntoViewIfNeeded();
  const a = await cell(from).boundingBox();
  const b = await cell(to).boundingBox();
  assert.ok(a && b, 'grid cells are on screen');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
}
