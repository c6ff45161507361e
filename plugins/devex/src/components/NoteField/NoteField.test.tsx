import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { NoteField } from './NoteField';

function Harness(props: { onChange: (value: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <NoteField
      id="note"
      label="Why"
      helperText="The history keeps it"
      value={value}
      onChange={v => {
        setValue(v);
        props.onChange(v);
      }}
      maxLength={10}
    />
  );
}

describe('NoteField', () => {
  it('is a required, bounded text whose every change is told', async () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    const field = screen.getByRole('textbox', { name: /why/i });
    expect(field).toBeRequired();
    expect(field).toHaveAttribute('maxlength', '10');
    expect(screen.getByText('The history keeps it')).toBeInTheDocument();
    await userEvent.type(field, 'Scale it');
    expect(onChange).toHaveBeenLastCalledWith('Scale it');
    expect(field).toHaveValue('Scale it');
  });
});
