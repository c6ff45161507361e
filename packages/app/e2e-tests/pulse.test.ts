import { expect, test } from './fixtures';

test("finds the month's pulse campaign open on its pulse-survey date, answers it once and sees it counted, with no score below the threshold", async ({
  page,
  devexApi,
}) => {
  // The guest answers a campaign once: against a portal where an earlier run (or a retry)
  // answered it already, the test reads that first and checks what an answered campaign shows.
  const { answered, campaign } = await (
    await devexApi.get('pulse/current')
  ).json();
  // opened by the scheduled task at 07:00 on the 1st in Johannesburg, not by hand
  expect(campaign.title).toBe('DevEx pulse December 2026');

  await page.goto('/catalog/default/component/hotpass/devex');
  await expect(page.getByTestId('devex-overview')).toBeVisible();
  if (answered) {
    // the tab asks only those who have not answered
    await expect(page.getByTestId('pulse-prompt')).toHaveCount(0);
    await page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'DevEx', exact: true })
      .click();
    await page.getByTestId('section-tab-pulse').click();
  } else {
    await expect(page.getByTestId('pulse-prompt')).toContainText(
      'DevEx pulse December 2026 is open',
    );
    await page.getByTestId('pulse-prompt').getByRole('link').click();
  }
  await expect(page).toHaveURL(/\/devex\/pulse$/);
  const form = page.getByRole('form', { name: 'Pulse survey' });
  const thanks = page.getByText('Thank you, your answer is counted.');
  if (!answered) {
    await expect(form).toBeVisible();
    const questions = form.getByRole('radiogroup');
    await expect(questions).toHaveCount(5);
    for (let i = 0; i < 5; i++) {
      await questions.nth(i).getByRole('radio', { name: /^4$/ }).check();
    }
    await form
      .getByLabel('What slowed you down most this month?')
      .fill('Prefect credentials differ per environment');
    await form.getByRole('button', { name: 'Send answers' }).click();
    await expect(thanks).toBeVisible();
    await page.reload();
  }
  await expect(thanks).toBeVisible();
  await expect(form).toHaveCount(0);
  await expect(page.getByTestId('pulse-hidden')).toContainText(
    /Your answer is recorded anonymously\. Results are published on/,
  );
  await expect(page.getByText(/satisfaction .* \/ 5/)).toHaveCount(0);
  await page.screenshot({ path: 'e2e-test-results/devex-pulse.png' });
});
