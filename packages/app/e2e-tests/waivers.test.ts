import { expect, test } from './fixtures';
import { signInAsGuest } from './signIn';

test('requests a waiver for a remediation item from the drill-down, approves it as an admin, and the ratio shows it apart', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await signInAsGuest(page);
  await page.goto(
    '/catalog/default/component/compliance-evidence/devex/compliance',
  );
  const sync = page
    .locator('div.MuiCard-root')
    .filter({ hasText: 'Evidence sync' })
    .first();
  await expect(sync).toContainText(/(\d+) of 13 synced automatically/);
  const [, synced] = (await sync.textContent())!.match(
    /(\d+) of 13 synced automatically/,
  )!;
  const drill = sync.getByRole('region', {
    name: 'Items not synced automatically',
  });
  const row = drill.getByRole('row', { name: /POPIA-002/ });

  await row
    .getByRole('button', { name: 'Request waiver for POPIA-002' })
    .click();
  const dialog = page.getByRole('dialog', {
    name: 'Request a waiver for POPIA-002',
  });
  await expect(
    dialog.getByRole('button', { name: 'Request waiver' }),
  ).toBeDisabled();
  const justification = `Minimisation checklists stay a manual review (${Date.now()})`;
  await dialog.getByLabel('Justification').fill(justification);
  await dialog.getByLabel('Expires on').fill('2027-03-31');
  await dialog.getByRole('button', { name: 'Request waiver' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Waiver requested');

  const waivers = page
    .locator('div.MuiCard-root')
    .filter({ hasText: 'Waivers' })
    .filter({ has: page.getByRole('list', { name: 'Waivers' }) });
  const entry = waivers.getByRole('listitem').filter({ hasText: 'POPIA-002' });
  await expect(entry).toContainText(justification);
  await expect(entry).toContainText('Waiver requested');
  // the guest is a governance admin in the demo
  await entry
    .getByRole('button', { name: 'Approve the waiver for POPIA-002' })
    .click();
  await expect(entry).toContainText('Waived until 2027-03-31');
  await expect(row).toContainText('Waived until 2027-03-31');
  // waived items leave the ratio's denominator and are shown apart
  await expect(sync).toContainText(`${synced} of 12 synced automatically`);
  await expect(sync.getByTestId('sync-waived')).toHaveText(
    '1 waived (left out of the ratio)',
  );
  await page.screenshot({
    path: 'e2e-test-results/devex-waivers.png',
    fullPage: true,
  });

  await page.reload();
  await expect(page.getByTestId('sync-waived')).toHaveText(
    '1 waived (left out of the ratio)',
  );
});
