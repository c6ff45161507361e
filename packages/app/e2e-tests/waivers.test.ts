import { expect, test, unique } from './fixtures';

test('requests a waiver for a remediation item from the drill-down, approves it as an admin, and the ratio shows it apart', async ({
  page,
  devexApi,
}) => {
  // an item of its own, with no evidence: not synced automatically, so in the drill-down
  const item = unique('E2E-WAIVER');
  const pushed = await devexApi.post('remediation-items', {
    data: {
      items: [
        {
          id: item,
          framework: 'POPIA',
          title: 'Minimisation checklist reviewed by hand',
          riskLevel: 'medium',
          owner: 'group:default/compliance',
          entityRef: 'component:default/compliance-evidence',
        },
      ],
    },
  });
  expect(pushed.status(), await pushed.text()).toBe(200);

  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(
    '/catalog/default/component/compliance-evidence/devex/compliance',
  );
  const sync = page
    .locator('div.MuiCard-root')
    .filter({ hasText: 'Evidence sync' })
    .first();
  const ratio = /(\d+) of (\d+) synced automatically/;
  await expect(sync).toContainText(ratio);
  const [, synced, total] = (await sync.textContent())!.match(ratio)!;
  // the ratio's card is shown: its waived line is there now if anything is waived
  const waivedLine = sync.getByTestId('sync-waived');
  const waivedBefore = (await waivedLine.count())
    ? Number((await waivedLine.textContent())!.match(/^(\d+) waived/)![1])
    : 0;
  const drill = sync.getByRole('region', {
    name: 'Items not synced automatically',
  });
  await drill.getByPlaceholder('Filter').fill(item);
  const row = drill.getByRole('row', { name: new RegExp(item) });

  await row.getByRole('button', { name: `Request waiver for ${item}` }).click();
  const dialog = page.getByRole('dialog', {
    name: `Request a waiver for ${item}`,
  });
  await expect(
    dialog.getByRole('button', { name: 'Request waiver' }),
  ).toBeDisabled();
  const justification = `Minimisation checklists stay a manual review (${item})`;
  await dialog.getByLabel('Justification').fill(justification);
  await dialog.getByLabel('Expires on').fill('2027-03-31');
  await dialog.getByRole('button', { name: 'Request waiver' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Waiver requested');

  const waivers = page
    .locator('div.MuiCard-root')
    .filter({ hasText: 'Waivers' })
    .filter({ has: page.getByRole('list', { name: 'Waivers' }) });
  const entry = waivers.getByRole('listitem').filter({ hasText: item });
  await expect(entry).toContainText(justification);
  await expect(entry).toContainText('Waiver requested');
  // the guest is a governance admin in the demo
  await entry
    .getByRole('button', { name: `Approve the waiver for ${item}` })
    .click();
  await expect(entry).toContainText('Waived until Mar 31, 2027');
  await expect(row).toContainText('Waived until Mar 31, 2027');
  // waived items leave the ratio's denominator and are shown apart
  await expect(sync).toContainText(
    `${synced} of ${Number(total) - 1} synced automatically`,
  );
  await expect(sync.getByTestId('sync-waived')).toHaveText(
    `${waivedBefore + 1} waived (left out of the ratio)`,
  );
  await page.screenshot({
    path: 'e2e-test-results/devex-waivers.png',
    fullPage: true,
  });

  await page.reload();
  await expect(page.getByTestId('sync-waived')).toHaveText(
    `${waivedBefore + 1} waived (left out of the ratio)`,
  );
});
