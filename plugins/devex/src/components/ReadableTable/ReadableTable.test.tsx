import { renderInTestApp } from '@backstage/test-utils';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import { screen } from '@testing-library/react';
import { ReadableCells, ReadableTable, WithWholeDates } from './ReadableTable';

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

  it('keeps each date of a text on one line', async () => {
    await renderInTestApp(
      <p data-testid="reason">
        <WithWholeDates text="Past its retention since 2026-10-27, due 2026-12-01" />
      </p>,
    );
    const reason = screen.getByTestId('reason');
    expect(reason).toHaveTextContent(
      'Past its retention since 2026-10-27, due 2026-12-01',
    );
    const whole = Array.from(reason.querySelectorAll('span')).map(s => [
      s.textContent,
      s.style.whiteSpace,
    ]);
    expect(whole).toEqual([
      ['2026-10-27', 'nowrap'],
      ['2026-12-01', 'nowrap'],
    ]);
  });
});
