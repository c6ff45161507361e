import { expect, test, unique } from './fixtures';

test("shows an experiment's metrics, changes an experiment's status on the DevEx tab, with its note, and sees it in the history after a reload", async ({
  page,
  devexApi,
}) => {
  // an experiment of its own to move along its lifecycle (the demo's may have moved on already)
  const key = unique('E2E');
  const created = await devexApi.post('experiments', {
    data: {
      key,
      status: 'planned',
      title: 'Bootstrap rollback drill',
      hypothesis: 'A rehearsed rollback keeps onboarding within 90 minutes.',
      owner: 'group:default/platform-eng',
      entityRefs: ['component:default/hotpass-idp-bootstrap'],
    },
  });
  expect(created.status(), await created.text()).toBe(201);

  await page.goto(
    '/catalog/default/component/hotpass-idp-bootstrap/devex/experiments',
  );
  // the demo's EXP-1 with its metric and chart
  const demo = page
    .locator('article, div.MuiCard-root')
    .filter({ hasText: 'EXP-1 · Automated environment bootstrap' })
    .first();
  await expect(demo).toBeVisible();
  await expect(
    demo.getByTestId('metric-devex.onboarding_duration'),
  ).toContainText('Onboarding duration');
  await expect(
    demo.getByRole('figure', {
      name: /Onboarding duration: \d+ measurements/,
    }),
  ).toBeVisible();

  const cardOf = (p: typeof page) =>
    p
      .locator('div.MuiCard-root')
      .filter({ hasText: `${key} · Bootstrap rollback drill` })
      .first();
  const card = cardOf(page);
  await expect(card).toBeVisible();
  // Move it one step along its lifecycle; only the legal next states are offered.
  const before = (await card
    .getByTestId('experiment-status')
    .textContent())!.trim();
  await card.getByRole('button', { name: 'Change status' }).click();
  const dialog = page.getByRole('dialog', {
    name: new RegExp(`Change status of ${key}`),
  });
  const options = await dialog
    .getByLabel('New status')
    .locator('option')
    .allTextContents();
  expect(options.length).toBeGreaterThan(0);
  expect(options).not.toContain(before);
  const to = options[0];
  const note = `Pilot engineers onboarded in 95 minutes (${key})`;
  await expect(
    dialog.getByRole('button', { name: 'Change status' }),
  ).toBeDisabled();
  await dialog.getByLabel('Note').fill(note);
  await dialog.getByRole('button', { name: 'Change status' }).click();
  await expect(dialog).toBeHidden();
  await expect(card.getByTestId('experiment-status')).toHaveText(to);

  await page.reload();
  const reloaded = cardOf(page);
  await expect(reloaded.getByTestId('experiment-status')).toHaveText(to);
  const history = reloaded.getByRole('list', { name: 'Status history' });
  await expect(history.getByRole('listitem').first()).toContainText(
    `${before} → ${to}: ${note}`,
  );
  await page.screenshot({
    path: 'e2e-test-results/devex-experiments.png',
    fullPage: true,
  });
});

// The guest is in the Developer Productivity Guild, the demo's governance admins: the shipped
// policy lets them change any experiment. Owners-only is covered by the permission matrix test.
test('offers "Change status" to a governance admin on an experiment of another team', async ({
  page,
}) => {
  await page.goto(
    '/catalog/default/component/compliance-evidence/devex/experiments',
  );
  const card = page
    .locator('div.MuiCard-root')
    .filter({ hasText: 'EXP-4 · Automated compliance evidence export' })
    .first();
  await expect(card).toBeVisible();
  await expect(card.getByRole('button', { name: 'Change status' })).toHaveCount(
    1,
  );
});
