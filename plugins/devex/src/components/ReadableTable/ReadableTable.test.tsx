import { renderInTestApp } from '@backstage/test-utils';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import { screen } from '@testing-library/react';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { ReadableCells, ReadableTable, ReadableText } from './ReadableTable';

describe('ReadableTable', () => {
  it('keeps every cell from breaking inside a word, and scrolls sideways instead', async () => {
    await renderInTestApp(
      <ReadableTable aria-label="IDP backlog">
        <TableBody>
          <TableRow>
            <TableCell>Platform Engineering</TableCell>
          </TableRow>
        </TableBody>
      </ReadableTable>,
    );
    const table = screen.getByRole('table', { name: 'IDP backlog' });
    const cell = screen.getByRole('cell', { name: 'Platform Engineering' });
    // the rule stands around the cells (the browser tests check how they lay out: jsdom has
    // no layout, and does not resolve the theme's rule against this one)
    expect(cell.closest('[class*="DevexReadableTable-cells"]')).not.toBeNull();
    expect(table.parentElement!.className).toMatch(/DevexReadableTable-scroll/);
  });

  it('gives a table drawn by someone else the same cells', async () => {
    await renderInTestApp(
      <ReadableCells>
        <table>
          <tbody>
            <tr>
              <td>in progress</td>
            </tr>
          </tbody>
        </table>
      </ReadableCells>,
    );
    expect(
      screen
        .getByRole('cell', { name: 'in progress' })
        .closest('[class*="DevexReadableTable-cells"]'),
    ).not.toBeNull();
  });

  it('writes each date of a server-written text as every date reads, on one line, and each entity reference as a link', async () => {
    await renderInTestApp(
      <p data-testid="summary">
        <ReadableText text="Chase the exporter, owned by user:default/amara.qa, due 2026-12-15; past its retention since 2026-10-27." />
      </p>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    const summary = screen.getByTestId('summary');
    expect(summary).toHaveTextContent(
      'Chase the exporter, owned by amara.qa, due Dec 15, 2026; past its retention since Oct 27, 2026.',
    );
    expect(screen.getByRole('link', { name: /amara\.qa/ })).toHaveAttribute(
      'href',
      '/catalog/default/user/amara.qa',
    );
    const whole = Array.from(summary.querySelectorAll('span'))
      .filter(s => s.style.whiteSpace === 'nowrap')
      .map(s => s.textContent);
    expect(whole).toEqual(['Dec 15, 2026', 'Oct 27, 2026']);
  });
});
