import { expect, test } from './fixtures';

test('reorders the IDP backlog in review mode and sees the new order and its history after a reload', async ({
  page,
}) => {
  await page.goto('/catalog/default/component/hotpass/devex/backlog-and-risks');
  const backlog = page.getByRole('table', { name: 'IDP backlog' });
  await expect(backlog.getByTestId('backlog-row').first()).toBeVisible();
  const order = async () =>
    (
      await backlog
        .getByTestId('backlog-row')
        .locator('td:nth-child(2) p')
        .allTextContents()
    ).map(t => t.trim());
  const before = await order();
  expect(before.length).toBeGreaterThan(2);
  const second = before[1];

  await page.getByLabel('Review mode').check();
  const up = page.getByRole('button', { name: `Move ${second} up` });
  await expect(up).toBeDisabled(); // a move needs its note first
  const note = `Forum: ${second} unblocks the evidence work (${Date.now()})`;
  await page.getByLabel(/Why this reprioritisation/).fill(note);
  // keyboard: focus the button and press Enter
  await up.focus();
  await page.keyboard.press('Enter');
  await expect.poll(order).toEqual([second, before[0], ...before.slice(2)]);

  await page.reload();
  const reloaded = page.getByRole('table', { name: 'IDP backlog' });
  await expect(reloaded.getByTestId('backlog-row').first()).toContainText(
    second,
  );
  expect(await order()).toEqual([second, before[0], ...before.slice(2)]);
  await expect(
    page
      .getByRole('list', { name: 'Reprioritisation history' })
      .getByRole('listitem')
      .first(),
  ).toContainText(`${second}: rank`);
  await expect(
    page
      .getByRole('list', { name: 'Reprioritisation history' })
      .getByRole('listitem')
      .first(),
  ).toContainText(note);
  await page
    .getByRole('table', { name: 'IDP backlog' })
    .scrollIntoViewIfNeeded();
  await page.screenshot({
    path: 'e2e-test-results/devex-backlog.png',
    fullPage: true,
  });
});
