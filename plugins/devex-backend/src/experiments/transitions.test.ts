import { EXPERIMENT_STATUSES } from '@devex-governance/backstage-plugin-devex-common';
import { checkTransition } from './transitions';

describe('checkTransition', () => {
  it('follows the lifecycle proposed -> planned -> running -> observing -> decided', () => {
    expect(
      checkTransition({
        from: 'proposed',
        to: 'planned',
        note: 'agreed in the forum',
      }),
    ).toEqual({ decision: null });
    expect(
      checkTransition({ from: 'planned', to: 'running', note: 'kick-off' }),
    ).toEqual({ decision: null });
    expect(
      checkTransition({
        from: 'running',
        to: 'observing',
        note: 'two sprints',
      }),
    ).toEqual({ decision: null });
    expect(
      checkTransition({
        from: 'observing',
        to: 'decided',
        note: 'onboarding down to 95 min',
        decision: 'scale',
      }),
    ).toEqual({ decision: 'scale' });
  });

  it('lets an experiment pause and resume, and be abandoned until it is decided', () => {
    expect(() =>
      checkTransition({ from: 'running', to: 'paused', note: 'staging down' }),
    ).not.toThrow();
    expect(() =>
      checkTransition({ from: 'paused', to: 'running', note: 'back' }),
    ).not.toThrow();
    for (const from of [
      'proposed',
      'planned',
      'running',
      'observing',
      'paused',
    ] as const) {
      expect(() =>
        checkTransition({ from, to: 'abandoned', note: 'superseded' }),
      ).not.toThrow();
    }
  });

  it('refuses an illegal move with a message that lists the legal ones', () => {
    expect(() =>
      checkTransition({ from: 'proposed', to: 'running', note: 'skip ahead' }),
    ).toThrow(
      'An experiment cannot move from proposed to running; from proposed it can move to planned, abandoned',
    );
  });

  it('treats decided and abandoned as final', () => {
    for (const to of EXPERIMENT_STATUSES) {
      expect(() =>
        checkTransition({ from: 'decided', to, note: 'again' }),
      ).toThrow(/cannot change status any more/);
      expect(() =>
        checkTransition({ from: 'abandoned', to, note: 'again' }),
      ).toThrow(/cannot change status any more/);
    }
  });

  it('requires a note, and a decision exactly when deciding', () => {
    expect(() =>
      checkTransition({ from: 'planned', to: 'running', note: '  ' }),
    ).toThrow('note must say why the status changes');
    expect(() =>
      checkTransition({ from: 'observing', to: 'decided', note: 'done' }),
    ).toThrow(/decision .* is required/);
    expect(() =>
      checkTransition({
        from: 'planned',
        to: 'running',
        note: 'go',
        decision: 'scale',
      }),
    ).toThrow(/only recorded when moving to decided/);
  });
});
