#!/usr/bin/env node
/*
 * The browser half of scripts/install-check.sh: against a freshly generated Backstage app that
 * installed the packed DevEx packages, records one action item through the DevEx API as the guest,
 * then checks in Debian's Chromium that the entity's DevEx tab and the DevEx page render it.
 * Screenshots go to e2e-test-results/install-<flavour>-{tab,page}.png.
 *
 * Usage: node scripts/install-check.js <flavour> <frontend url> <backend url>
 */
const { chromium } = require('playwright-core');
const chromiumLaunch = require('./chromium');
const { mkdirSync } = require('node:fs');
const { join } = require('node:path');

const [flavour, appUrl, backendUrl] = process.argv.slice(2);
const entity = {
  kind: 'component',
  namespace: 'default',
  name: 'example-website',
};
const title = `Install check (${flavour}): wire the DevEx tab`;
const shots = join(__dirname, '..', 'e2e-test-results');

async function api(path, init = {}) {
  const res = await fetch(`${backendUrl}${path}`, init);
  const body = await res.text();
  if (!res.ok)
    throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${body}`);
  return JSON.parse(body);
}

async function main() {
  const identity = await api('/api/auth/guest/refresh?env=development', {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  const token = identity.backstageIdentity.token;
  const dueDate = new Date(Date.now() + 14 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const item = await api('/api/devex/action-items', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      title,
      entityRef: `${entity.kind}:${entity.namespace}/${entity.name}`,
      owner: 'group:default/guests',
      dueDate,
    }),
  });
  console.log(
    `install-check ${flavour}: POST /api/devex/action-items -> ${item.id} (${
      item.createdBy ?? identity.backstageIdentity.identity.userEntityRef
    })`,
  );

  mkdirSync(shots, { recursive: true });
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const page = await browser.newPage({
      viewport: { width: 1400, height: 1000 },
    });
    page.setDefaultTimeout(60_000);
    await page.goto(appUrl);
    const enter = page.getByRole('button', { name: 'Enter' });
    await enter.click();
    await enter.waitFor({ state: 'hidden' });

    const tabUrl = `${appUrl}/catalog/${entity.namespace}/${entity.kind}/${entity.name}/devex`;
    await page.goto(tabUrl);
    // the DevEx tab's overview: its first-view cards, and the item among those due soonest
    await page.getByText('Action items due soonest').waitFor();
    await page.getByText(title).first().waitFor();
    await page.screenshot({ path: join(shots, `install-${flavour}-tab.png`) });
    console.log(
      `install-check ${flavour}: ${tabUrl} shows the DevEx tab with the action item`,
    );

    // the page, reached as a user does: from the sidebar's DevEx entry
    await page.goto(`${appUrl}/catalog`);
    await page.locator('nav').getByRole('link', { name: 'DevEx' }).click();
    await page.waitForURL(`${appUrl}/devex`);
    await page.getByText(title).first().waitFor();
    await page.screenshot({ path: join(shots, `install-${flavour}-page.png`) });
    console.log(
      `install-check ${flavour}: the sidebar's DevEx entry opens ${appUrl}/devex, the DevEx page's overview with the action item`,
    );
  } catch (error) {
    const pages = browser.contexts().flatMap(c => c.pages());
    if (pages[0])
      await pages[0].screenshot({
        path: join(shots, `install-${flavour}-failed.png`),
      });
    throw error;
  } finally {
    await browser.close();
  }
}

main().catch(error => {
  console.error(`install-check ${flavour}: ${error.stack ?? error}`);
  process.exit(1);
});
