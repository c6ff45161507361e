/**
 * An organisation's governance settings, as the demo portal configures them in app-config.yaml:
 * the plugin ships none, so tests of what they change configure them explicitly.
 */
export const GOVERNANCE_CONFIG = {
  calendar: {
    holidays: { country: 'ZA' },
    governanceEntityRef: 'resource:default/hotpass-devex-governance',
    cadences: [
      {
        id: 'quarterly-forum',
        participants: [
          'group:default/platform-eng',
          'group:default/qa',
          'group:default/compliance',
          'group:default/developer-productivity-guild',
          'user:default/dx-sponsor',
        ],
        runbookUrl: 'https://docs.example.com/devex/review-loop.md',
      },
      {
        id: 'monthly-sync',
        participants: [
          'group:default/platform-eng',
          'group:default/developer-productivity-guild',
          'group:default/devops',
        ],
      },
      { id: 'pulse-survey', participants: ['group:default/engineering'] },
      { id: 'metrics-digest', participants: ['group:default/engineering'] },
      {
        id: 'runbook-update',
        participants: ['group:default/developer-productivity-guild'],
      },
      {
        id: 'compliance-verification',
        participants: ['group:default/compliance'],
      },
      {
        id: 'steering-committee',
        participants: [
          'group:default/platform-steering-committee',
          'user:default/dx-sponsor',
        ],
      },
    ],
  },
  escalation: {
    steeringCommittee: 'group:default/platform-steering-committee',
    chair: 'user:default/dx-sponsor',
  },
  digest: { recipients: ['group:default/developer-productivity-guild'] },
};
