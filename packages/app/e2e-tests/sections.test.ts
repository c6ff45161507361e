import { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { signInAsGuest } from './signIn';

/** A workspace section: its path under the workspace and a text only that section shows. */
type Section = { path: string; shows: RegExp };

const tab = '/catalog/default/component/hotpass/devex';
const tabSections: Section[] = [
  { path: '', shows: /Action items due soonest/ },
  { path: 'experiments', shows: /EXP-1/ },
  { path: 'action-items', shows: /Action items/ },
  { path: 'calendar', shows: /Governance calendar/ },
  { path: 'compliance', shows: /Evidence sync/ },
  { path: 'backlog-and-risks', shows: /Risk register/ },
];

const page_ = '/devex';
const pageSections: Section[] = [
  { path: '', shows: /Action items due soonest/ },
  { path: 'forum', shows: /Next forums/ },
  { path: 'experiments', shows: /EXP-1/ },
  { path: 'action-items', shows: /Action items across the portal/ },
  { path: 'calendar', shows: /Governance calendar/ },
  { path: 'compliance', shows: /Evidence sync by owner group/ },
  { path: 'backlog-and-risks', shows: /IDP backlog \(portal-wide\)/ },
  { path: 'measures', shows: /Success measures/ },
  { path: 'pulse', shows: /DevEx pulse/ },
];

const url = (base: string, s: Section) => (s.path ? `${base}/${s.path}` : base);

/** The section's tab is the selected one and the section's own content is shown. */
async function expectOpen(page: Page, base: string, s: Section) {
  await expect(page).toHaveURL(new RegExp(`${url(base, s)}$`));
  await expect(
    page.getByTestId(`section-tab-${s.path || 'overview'}`),
  ).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText(s.shows).first()).toBeVisible();
}

for (const [name, base, sections] of [
  ["the entity's DevEx tab", tab, tabSections],
  ['the DevEx page', page_, pageSections],
] as const) {
  test(`${name}: every section opens at its own URL, after a reload too, and the back button moves between sections`, async ({
    page,
  }) => {
    // up to 22 full loads of the development bundle: 2.5-3 minutes on a slow day of a 2-core machine
    test.setTimeout(420_000);
    await page.setViewportSize({ width: 1400, height: 1000 });
    await signInAsGuest(page);

    for (const s of sections) {
      await page.goto(url(base, s));
      await expectOpen(page, base, s);
      await page.reload();
      await expectOpen(page, base, s);
    }

    // clicking tabs pushes history entries the back button walks
    const [first, second, third] = sections;
    await page.goto(url(base, first));
    await expectOpen(page, base, first);
    await page.getByTestId(`section-tab-${second.path}`).click();
    await expectOpen(page, base, second);
    await page.getByTestId(`section-tab-${third.path}`).click();
    await expectOpen(page, base, third);
    await page.goBack();
    await expectOpen(page, base, second);
    await page.goBack();
    await expectOpen(page, base, first);
    await page.goForward();
    await expectOpen(page, base, second);

    // a section path that does not exist lands on the overview
    await page.goto(`${base}/no-such-section`);
    await expectOpen(page, base, first);
  });
}
