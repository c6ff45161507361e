import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithDevexApi } from '../../__testUtils__/renderWithDevexApi';
import { ActionItemFilters, ActionItemFilterValues } from './ActionItemFilters';

describe('ActionItemFilters', () => {
  it('tells each change of the filters, keeping the others', async () => {
    const value: ActionItemFilterValues = {
      mine: true,
      owner: '',
      status: '',
      overdue: false,
    };
    const onChange = jest.fn();
    await renderWithDevexApi(
      <ActionItemFilters value={value} onChange={onChange} />,
    );
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Overdue only' }),
    );
    expect(onChange).toHaveBeenLastCalledWith({ ...value, overdue: true });
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Mine (me and my groups)' }),
    );
    expect(onChange).toHaveBeenLastCalledWith({ ...value, mine: false });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: /status/i }),
      'Blocked',
    );
    expect(onChange).toHaveBeenLastCalledWith({ ...value, status: 'blocked' });
  });
});
