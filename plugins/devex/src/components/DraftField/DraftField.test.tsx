import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { DraftField } from './DraftField';

type Draft = { title: string; due: string };

function Harness(props: { onChange: (draft: Draft) => void }) {
  const [draft, setDraft] = useState<Draft>({ title: '', due: '' });
  const set = (field: keyof Draft, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    props.onChange(next);
  };
  return (
    <>
      <DraftField
        idPrefix="item"
        draft={draft}
        field="title"
        onChange={set}
        label="Title"
        maxLength={12}
        helperText="What is to be done"
      />
      <DraftField
        idPrefix="item"
        draft={draft}
        field="due"
        name="due-date"
        onChange={set}
        label="Due date"
        required={false}
      />
    </>
  );
}

describe('DraftField', () => {
  it('edits its field of the draft, required and bounded unless said otherwise', async () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    const title = screen.getByRole('textbox', { name: /title/i });
    expect(title).toBeRequired();
    expect(title).toHaveAttribute('id', 'item-title');
    expect(title).toHaveAttribute('maxlength', '12');
    expect(screen.getByText('What is to be done')).toBeInTheDocument();
    await userEvent.type(title, 'Ship it');
    expect(onChange).toHaveBeenLastCalledWith({ title: 'Ship it', due: '' });

    const due = screen.getByRole('textbox', { name: /due date/i });
    expect(due).not.toBeRequired();
    expect(due).toHaveAttribute('id', 'item-due-date');
    await userEvent.type(due, 'x');
    expect(onChange).toHaveBeenLastCalledWith({ title: 'Ship it', due: 'x' });
  });
});
