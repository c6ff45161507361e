import { Locator, Page } from '@playwright/test';
import { E2E_NOW, expect, test } from './fixtures';
import { GUEST_STATE } from './globalSetup';
import { wordsBrokenInTableCells } from './layout';

/** The selected option's text of a native select. */
const selectedText = (select: Locator) =>
  select.evaluate(el => {
    const s = el as HTMLSelectElement;
    return s.options[s.selectedIndex]?.text ?? '';
  });

/** Opens a portal path, entering as the guest again when the reload asks for it. */
async function open(page: Page, path: string) {
  await page.goto(path);
  const enter = page.getByRole('button', { name: 'Enter' });
  const catalog = page.getByRole('link', { name: 'Catalog', exact: true });
  await expect(enter.or(catalog).first()).toBeVisible();
  if (await enter.isVisible()) await enter.click();
  await expect(catalog).toBeVisible();
}

const recorded = (page: Page) =>
  page.getByRole('list', { name: 'Recorded in this forum' });

test('runs a quarterly forum from start to finish while a second person follows it, and lands on every record from its minutes', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await open(page, '/devex/forum');

  // Run the next quarterly forum (its agenda ends with the risk assessment).
  const occurrence = page
    .getByTestId('forum-occurrence')
    .filter({ hasText: 'Risk assessment' })
    .filter({ has: page.getByRole('button', { name: /^Run forum/ }) })
    .first();
  await expect(occurrence).toBeVisible();
  await occurrence.getByRole('button', { name: /^Run forum/ }).click();
  // the forum is days away: starting it now is asked about first
  const early = page.getByRole('dialog', { name: 'Start this forum early?' });
  await expect(early).toContainText('is scheduled for');
  await early.getByRole('button', { name: 'Start now' }).click();
  await expect(
    page.getByRole('heading', { name: /^Step 1 of 5:/ }),
  ).toBeVisible();
  const occurrenceId = decodeURIComponent(
    new URL(page.url()).pathname.split('/').pop()!,
  );

  // A second person follows the same forum in a browser of their own.
  const other = await browser.newContext({
    viewport: { width: 1400, height: 1000 },
    storageState: GUEST_STATE,
  });
  const follower = await other.newPage();
  await follower.clock.install({ time: E2E_NOW });
  await open(follower, '/devex/forum');
  await follower
    .locator(`[data-occurrence-id="${occurrenceId}"]`)
    .getByRole('button', { name: /^Follow/ })
    .click();
  await expect(
    follower.getByRole('heading', { name: /^Step 1 of 5:/ }),
  ).toBeVisible();
  await expect(follower.getByText('Nothing recorded yet.')).toBeVisible();

  const stamp = Date.now();
  // 1. An action item, with its owner and due date (metrics step).
  const actionTitle = `Chase the lead-time exporter (${stamp})`;
  const actionForm = page.getByRole('form', { name: 'Record action item' });
  await actionForm.getByLabel(/^Title/).fill(actionTitle);
  // the entity by its title, from the catalog's matches
  await actionForm.getByLabel(/^Entity/).fill('Hotpass CLI');
  await page
    .getByRole('option', { name: 'Hotpass CLI and pipeline (hotpass)' })
    .click();
  await actionForm.getByLabel(/^Owner/).selectOption({ index: 1 });
  await actionForm.getByRole('button', { name: 'Record action item' }).click();
  await expect(recorded(page)).toContainText(actionTitle);
  await expect(recorded(follower)).toContainText(actionTitle);

  // 2. A decision that moves an experiment (experiment step).
  await page
    .getByRole('button', { name: /Experiment/ })
    .first()
    .click();
  const decisionForm = page.getByRole('form', { name: 'Record decision' });
  const experimentSelect = decisionForm.getByLabel(/^Experiment/);
  await experimentSelect.selectOption({ index: 1 });
  const experimentKey = (await selectedText(experimentSelect)).split(' · ')[0];
  await decisionForm
    .getByLabel(/^Decision note/)
    .fill(`The forum moves it on (${stamp})`);
  await decisionForm.getByRole('button', { name: 'Record decision' }).click();
  await expect(recorded(page)).toContainText(experimentKey);
  await expect(recorded(follower)).toContainText(experimentKey);

  // 3. A backlog move, with its note (backlog step).
  await page
    .getByRole('button', { name: /Backlog/ })
    .first()
    .click();
  const backlog = page.getByRole('table', { name: 'IDP backlog' });
  await expect(backlog.getByTestId('backlog-row').nth(1)).toBeVisible();
  // the backlog review, the heart of the forum, reads whole at 1024 px: no cell breaks a word
  await page.setViewportSize({ width: 1024, height: 768 });
  expect(await wordsBrokenInTableCells(page)).toEqual([]);
  await page.screenshot({
    path: 'e2e-test-results/devex-forum-backlog-1024.png',
  });
  await page.setViewportSize({ width: 1400, height: 1000 });
  const initiatives = (
    await backlog
      .getByTestId('backlog-row')
      .locator('td:nth-child(2) p')
      .allTextContents()
  ).map(t => t.trim());
  const moved = initiatives[1];
  await page
    .getByLabel(/Why this reprioritisation/)
    .fill(`Unblocks the evidence work (${stamp})`);
  const up = page.getByRole('button', { name: `Move ${moved} up` });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(recorded(page)).toContainText(`${moved} to rank`);
  await expect(recorded(follower)).toContainText(`${moved} to rank`);

  // 4. A risk change (risk step).
  await page.getByRole('button', { name: /Risk/ }).first().click();
  const riskForm = page.getByRole('form', { name: 'Record risk change' });
  const riskSelect = riskForm.getByLabel(/^Risk/);
  await riskSelect.selectOption({ index: 1 });
  const riskKey = (await selectedText(riskSelect)).split(' · ')[0];
  const likelihood = riskForm.getByLabel(/^Likelihood/);
  const current = await likelihood.inputValue();
  await likelihood.selectOption(current === '1' ? '2' : '1');
  await riskForm.getByRole('button', { name: 'Record risk change' }).click();
  await expect(recorded(page)).toContainText(riskKey);
  await expect(recorded(follower)).toContainText(riskKey);
  await expect(recorded(follower).getByTestId('forum-output')).toHaveCount(4);
  await page.screenshot({ path: 'e2e-test-results/devex-forum-mode.png' });

  // Attendees, then finish: held, with minutes, for both.
  await page.getByRole('button', { name: 'Attendees and finish' }).click();
  await page.getByLabel('Attendee', { exact: true }).selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Add attendee' }).click();
  await expect(page.getByRole('list', { name: 'Attendees' })).toBeVisible();
  await page.getByRole('button', { name: 'Finish forum' }).click();
  const minutes = page.getByRole('article', { name: 'Minutes' });
  await expect(minutes).toBeVisible();
  await expect(
    follower.getByRole('article', { name: 'Minutes' }),
  ).toBeVisible();
  for (const text of [actionTitle, experimentKey, moved, riskKey]) {
    await expect(minutes).toContainText(text);
  }
  await expect(
    page.getByRole('button', { name: 'Download Markdown' }),
  ).toBeVisible();
  await page.screenshot({ path: 'e2e-test-results/devex-forum-minutes.png' });

  // Every output links to its record, and the link lands on it.
  const hrefOf = async (param: string) => {
    const link = minutes.locator(`a[href*="${param}="]`).first();
    await expect(link).toBeVisible();
    return (await link.getAttribute('href'))!;
  };
  const links = {
    experiment: await hrefOf('experiment'),
    item: await hrefOf('item'),
    backlogItem: await hrefOf('backlogItem'),
    risk: await hrefOf('risk'),
  };

  // The occurrence is held, with its minutes, in the forum list.
  await follower.getByRole('tab', { name: 'Forum' }).click();
  await expect(
    follower
      .getByTestId('forum-occurrence')
      .filter({ has: follower.getByRole('button', { name: /^Minutes/ }) })
      .first(),
  ).toBeVisible();
  await other.close();

  await open(page, links.experiment);
  await expect(page.getByTestId('highlighted-experiment')).toContainText(
    experimentKey,
  );
  await open(page, links.item);
  await expect(page.getByTestId('highlighted-action-item')).toContainText(
    actionTitle,
  );
  await open(page, links.backlogItem);
  await expect(
    page.locator('[data-testid="backlog-row"][aria-current="true"]'),
  ).toContainText(moved);
  await open(page, links.risk);
  await expect(
    page.locator('[data-testid="risk-row"][aria-current="true"]'),
  ).toContainText(riskKey);
});
