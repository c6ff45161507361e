import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import { anOccurrence } from '../../__testUtils__/records';
import { MonthView } from './MonthView';

describe('MonthView', () => {
  it('puts each event on its day and moves a month at a time', async () => {
    const month = DateTime.fromISO('2026-12-01', {
      zone: 'Africa/Johannesburg',
    });
    const onMonthChange = jest.fn();
    await renderInTestApp(
      <MonthView
        month={month}
        occurrences={[anOccurrence()]}
        onMonthChange={onMonthChange}
      />,
    );
    const grid = screen.getByRole('grid', {
      name: 'Governance calendar, December 2026',
    });
    const firstOfDecember = within(grid)
      .getByText('December 1, 2026')
      .closest('td')!;
    expect(firstOfDecember).toHaveTextContent('Monthly DevEx sync');
    await userEvent.click(screen.getByRole('button', { name: 'Next month' }));
    expect(onMonthChange.mock.calls[0][0].toISODate()).toBe('2027-01-01');
    await userEvent.click(
      screen.getByRole('button', { name: 'Previous month' }),
    );
    expect(onMonthChange.mock.calls[1][0].toISODate()).toBe('2026-11-01');
  });
});
