import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import {
  emptyFlagDecision,
  flagDecisionComplete,
  FlagDecisionDraft,
  FlagDecisionFields,
} from './FlagDecisionFields';

describe('flagDecisionComplete', () => {
  const complete = {
    ...emptyFlagDecision('qa-cache'),
    reason: 'Pilot went well',
  };
  it('wants every field, valid states and a change', () => {
    expect(flagDecisionComplete(complete)).toBe(true);
    expect(flagDecisionComplete({ ...complete, reason: ' ' })).toBe(false);
    expect(flagDecisionComplete({ ...complete, to: '25%' })).toBe(true);
    expect(flagDecisionComplete({ ...complete, to: '100%' })).toBe(false);
    expect(flagDecisionComplete({ ...complete, to: 'off' })).toBe(false);
  });
});

describe('FlagDecisionFields', () => {
  it('edits the draft and says what a state may be', async () => {
    const seen: FlagDecisionDraft[] = [];
    function Harness() {
      const [draft, setDraft] = useState(emptyFlagDecision('qa-cache'));
      return (
        <FlagDecisionFields
          idPrefix="flag"
          value={draft}
          onChange={d => {
            seen.push(d);
            setDraft(d);
          }}
        />
      );
    }
    render(<Harness />);
    expect(screen.getByRole('textbox', { name: /feature flag/i })).toHaveValue(
      'qa-cache',
    );
    const to = screen.getByRole('textbox', { name: /^to/i });
    await userEvent.clear(to);
    await userEvent.type(to, 'half');
    expect(
      screen.getByText('on, off or a percentage such as 25%'),
    ).toBeInTheDocument();
    await userEvent.clear(to);
    await userEvent.type(to, '50%');
    expect(
      screen.queryByText('on, off or a percentage such as 25%'),
    ).toBeNull();
    expect(seen[seen.length - 1]).toMatchObject({
      flagKey: 'qa-cache',
      to: '50%',
    });
  });
});
