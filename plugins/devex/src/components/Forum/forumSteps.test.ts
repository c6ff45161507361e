import { inputsOfStep, minutesFileName } from './forumSteps';

describe('inputsOfStep', () => {
  it.each([
    ['SPACE/DORA metrics review', 'metrics'],
    ['Experiment status', 'experiments'],
    ['Backlog reprioritisation', 'backlog'],
    ['Risk assessment', 'risks'],
    ['Track active experiments', 'experiments'],
    ['Unblock platform automation work', 'backlog'],
    ['Surface telemetry anomalies', 'anomalies'],
    ['Any other business', 'none'],
  ])('puts the right inputs in front of "%s"', (step, inputs) => {
    expect(inputsOfStep(step)).toBe(inputs);
  });
});

it('names the minutes file after the occurrence', () => {
  expect(minutesFileName('quarterly-forum:2026-12-08')).toBe(
    'quarterly-forum-2026-12-08-minutes.md',
  );
});
