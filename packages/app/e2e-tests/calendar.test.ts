import { expect, test } from './fixtures';

test('opens the DevEx tab, sees the next forum with its agenda, creates an action item from it, and opens a runbook in the portal', async ({
  page,
}) => {
  await page.goto('/catalog/default/component/hotpass/devex/calendar');

  const forum = page
    .getByRole('article', { name: 'Quarterly DevEx governance forum' })
    .first();
  await expect(forum).toBeVisible();
  await expect(forum).toContainText('SPACE/DORA metrics review');
  await expect(forum).toContainText('Backlog reprioritisation');
  await expect(forum).toContainText('Compliance evidence refresh');

  const countOf = async () => {
    const chip = forum.getByText(/^\d+ action items?$/);
    return (await chip.count()) ? parseInt((await chip.textContent())!, 10) : 0;
  };
  const before = await countOf();
  const title = `Refresh the compliance evidence before the forum ${Date.now()}`;
  await forum
    .getByRole('button', { name: 'Create action item from this meeting' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Add action item' });
  await expect(dialog.getByLabel('Source', { exact: true })).toHaveValue(
    'governance_forum',
  );
  await expect(dialog.getByLabel('Source id')).toHaveValue(
    /^quarterly-forum:\d{4}-\d{2}-\d{2}$/,
  );
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Owner').selectOption('group:default/compliance');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toBeHidden();

  // The meeting now counts it, and the entity's action items list it with the forum as source.
  await expect(
    forum.getByText(new RegExp(`^${before + 1} action items?$`)),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'Action items' }).click();
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText('Governance forum');
  await expect(row).toContainText(/quarterly-forum:\d{4}-\d{2}-\d{2}/);
  await page.goBack();
  await expect(page).toHaveURL(/\/devex\/calendar$/);

  // The entity's runbook (a document path next to its source) opens in the portal, read by the
  // backend; this machine has no network, so the page says why it could not read it and still
  // links to the source, for which the browser gets a stand-in page.
  await page.getByRole('link', { name: /Runbook: devex-audit/ }).click();
  await expect(page).toHaveURL(/\/devex\/calendar\/runbook\?url=/);
  await page.context().route('https://github.com/**', route =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<h1>DevEx audit runbook</h1>',
    }),
  );
  const [runbook] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('link', { name: /View source/ }).click(),
  ]);
  await expect(
    runbook.getByRole('heading', { name: 'DevEx audit runbook' }),
  ).toBeVisible();
  expect(runbook.url()).toBe(
    'https://github.com/IAmJonoBo/Hotpass/tree/main/docs/metrics/devex-audit.md',
  );
  await runbook.close();
  await page.getByRole('link', { name: /Back to the calendar/ }).click();
  await expect(page).toHaveURL(/\/devex\/calendar$/);
  await page.screenshot({
    path: 'e2e-test-results/devex-calendar-tab.png',
    fullPage: true,
  });
});

test('the DevEx page shows verification windows, the upcoming events and a month view', async ({
  page,
}) => {
  await page.goto('/devex/calendar');
  await expect(
    page.getByLabel('Compliance verification windows'),
  ).toContainText(
    /POPIA: window closes [A-Z][a-z]{2} \d{1,2}, \d{4} \(in \d+ days?\)/,
  );
  const grid = page.getByRole('grid', { name: /Governance calendar,/ });
  await expect(grid).toBeVisible();
  await page.getByRole('button', { name: 'Next month' }).click();
  await expect(grid.getByText('Monthly DevEx sync')).toBeVisible();
  await page.getByRole('button', { name: 'Subscribe (iCal)' }).first().click();
  await expect(
    page.getByRole('link', { name: 'iCalendar feed URL' }),
  ).toHaveAttribute(
    'href',
    /^webcal:\/\/localhost:7017\/api\/devex\/calendar\/feed\/[^/]+\/devex\.ics$/,
  );
  await page.screenshot({ path: 'e2e-test-results/devex-calendar-page.png' });
});
