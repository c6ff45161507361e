import { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousViolations } from './axe';
import {
  overflowingTabBars,
  textClippedWithoutEllipsis,
  wordsBrokenInTableCells,
} from './layout';

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

/** A section's screenshot's name: `tab-overview`, `page-backlog-and-risks`. */
const shotName = (base: string, s: Section) =>
  `${base === tab ? 'tab' : 'page'}-${s.path || 'overview'}`;

/** The section's tab is the selected one and the section's own content is shown. */
async function expectOpen(page: Page, base: string, s: Section) {
  await expect(page).toHaveURL(new RegExp(`${url(base, s)}$`));
  await expect(
    page.getByTestId(`section-tab-${s.path || 'overview'}`),
  ).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText(s.shows).first()).toBeVisible();
}

for (const theme of ['light', 'dark'] as const) {
  for (const [name, base, sections] of [
    ["the entity's DevEx tab", tab, tabSections],
    ['the DevEx page', page_, pageSections],
  ] as const) {
    test(`${name} (${theme} theme): every section opens from its tab at its own URL and reads whole at 1400 and 1024 px (no word broken in a table, no tab out of sight, no text cut off without an ellipsis, no serious axe finding), the back button moves between sections, and a reload keeps the section`, async ({
      page,
    }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width: 1400, height: 1000 });
      // Backstage keeps the chosen theme in local storage
      await page.addInitScript(
        t => window.localStorage.setItem('theme', t),
        theme,
      );

      // a section path that does not exist lands on the overview
      const [first, second, third] = sections;
      await page.goto(`${base}/no-such-section`);
      await expectOpen(page, base, first);

      // each section from its tab (no reload of the development bundle), once its own requests
      // have answered, at 1400 x 1000 and 1024 x 768: a screenshot to look at, and what a
      // reader would trip on (a word broken in a table cell, a tab the bar hides, text cut off
      // without an ellipsis, a serious axe finding)
      const found: string[] = [];
      for (const s of sections) {
        await page.getByTestId(`section-tab-${s.path || 'overview'}`).click();
        await expectOpen(page, base, s);
        await page.waitForLoadState('networkidle');
        for (const [width, height] of [
          [1400, 1000],
          [1024, 768],
        ]) {
          await page.setViewportSize({ width, height });
          // two frames: the charts lay out again at the new width before the picture
          await page.evaluate(
            () =>
              new Promise(done =>
                requestAnimationFrame(() => requestAnimationFrame(done)),
              ),
          );
          await page.screenshot({
            path: `e2e-test-results/sections/${shotName(
              base,
              s,
            )}-${width}-${theme}.png`,
            fullPage: true,
          });
          const at = `${url(base, s)} at ${width} px`;
          // axe once a section (its findings do not depend on the width), the layout at both
          for (const [what, check] of [
            ['word broken in a table cell', wordsBrokenInTableCells],
            ['tabs out of sight', overflowingTabBars],
            ['text clipped without an ellipsis', textClippedWithoutEllipsis],
            ...(width === 1400 ? [['axe', seriousViolations] as const] : []),
          ] as const)
            found.push(...(await check(page)).map(f => `${at}: ${what}: ${f}`));
        }
        await page.setViewportSize({ width: 1400, height: 1000 });
      }
      expect(found).toEqual([]);

      // a reload (or a shared link) opens the section it shows
      await page.reload();
      await expectOpen(page, base, sections[sections.length - 1]);

      // clicking tabs pushes history entries the back button walks
      await page.getByTestId(`section-tab-overview`).click();
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
    });
  }
}
