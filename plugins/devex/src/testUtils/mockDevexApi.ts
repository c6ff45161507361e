import { DevexApi } from '../api';

/** A DevexApi whose every method is a jest mock answering "nothing yet"; override what a test needs. */
export function mockDevexApi(
  overrides: Partial<DevexApi> = {},
): jest.Mocked<DevexApi> {
  const api: jest.Mocked<DevexApi> = {
    listActionItems: jest.fn().mockResolvedValue({ items: [] }),
    getActionItem: jest.fn(),
    createActionItem: jest.fn(),
    updateActionItem: jest.fn(),
    deleteActionItem: jest.fn(),
    listScorecards: jest.fn().mockResolvedValue({ scorecards: [] }),
    exportScorecardsCsv: jest.fn().mockResolvedValue(''),
    transitionExperiment: jest.fn(),
    listExperimentTransitions: jest.fn().mockResolvedValue({ items: [] }),
    listOccurrences: jest.fn().mockResolvedValue({ occurrences: [] }),
    recordOccurrence: jest.fn(),
    listVerificationWindows: jest.fn().mockResolvedValue({ windows: [] }),
    getCalendarFeedUrl: jest.fn(),
    listBacklog: jest.fn().mockResolvedValue({ items: [], history: [] }),
    reorderBacklog: jest.fn(),
    updateBacklogItem: jest.fn(),
    listRisks: jest
      .fn()
      .mockResolvedValue({ risks: [], heatmap: { cells: [] }, history: [] }),
    listBlockers: jest.fn().mockResolvedValue({ items: [], sourceErrors: [] }),
    raiseBlocker: jest.fn(),
    resolveBlocker: jest.fn(),
    getSyncOverview: jest.fn().mockResolvedValue({
      ratio: {
        scope: { type: 'portal' },
        total: 0,
        syncedAutomatically: 0,
        ratio: null,
        target: 0.8,
        meetsTarget: false,
      },
      history: [],
      notSyncedAutomatically: [],
      fileErrors: [],
      conflicts: [],
    }),
    getSyncPortfolio: jest.fn().mockResolvedValue({ groups: [] }),
    triggerSync: jest.fn(),
    listSuccessMeasures: jest.fn().mockResolvedValue({ measures: [] }),
    getSummary: jest.fn().mockResolvedValue({
      entityRef: null,
      generatedAt: '2026-11-25T08:00:00.000Z',
      experiments: {
        active: 0,
        hasMore: false,
        offTrack: 0,
        atRisk: 0,
        scorecards: [],
      },
      actionItems: { open: 0, overdue: 0, items: [] },
      sync: {
        scope: { type: 'portal' },
        total: 0,
        syncedAutomatically: 0,
        ratio: null,
        target: 0.8,
        meetsTarget: false,
      },
      nextEvents: [],
      blockers: { open: 0, items: [] },
      risks: { open: 0, high: 0, items: [] },
      measures: [],
      pulse: { campaign: null, answered: false, responses: 0 },
    }),
    getCurrentPulse: jest
      .fn()
      .mockResolvedValue({ campaign: null, answered: false, responses: 0 }),
    answerPulse: jest.fn(),
    getPulseResults: jest.fn(),
    listMetricSources: jest.fn().mockResolvedValue({ sources: [] }),
    startForum: jest.fn(),
    getForum: jest.fn(),
    recordForumDecision: jest.fn(),
    recordForumActionItem: jest.fn(),
    recordForumBacklogMove: jest.fn(),
    recordForumRiskChange: jest.fn(),
    recordForumNote: jest.fn(),
    setForumAttendees: jest.fn(),
    finishForum: jest.fn(),
    getForumMinutesMarkdown: jest.fn().mockResolvedValue(''),
  };
  return Object.assign(api, overrides);
}
