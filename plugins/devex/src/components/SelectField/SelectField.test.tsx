import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SelectField } from './SelectField';

describe('SelectField', () => {
  it('offers its options, keeps the disabled prompt unpickable and tells the value picked', async () => {
    const onChange = jest.fn();
    render(
      <SelectField
        id="owner"
        label="Owner"
        value=""
        onChange={onChange}
        required
        options={[
          { value: '', label: 'Choose a group', disabled: true },
          { value: 'group:default/qa', label: 'QA' },
          { value: 'group:default/devops', label: 'DevOps' },
        ]}
      />,
    );
    const select = screen.getByRole('combobox', { name: /owner/i });
    expect(
      screen.getByRole('option', { name: 'Choose a group' }),
    ).toBeDisabled();
    await userEvent.selectOptions(select, 'DevOps');
    expect(onChange).toHaveBeenCalledWith('group:default/devops');
  });
});
