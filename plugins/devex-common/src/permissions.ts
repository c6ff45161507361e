import { createPermission } from '@backstage/plugin-permission-common';

/** The resource type of experiments, for conditional permission decisions. */
export const DEVEX_EXPERIMENT_RESOURCE_TYPE = 'devex-experiment';

/**
 * The resource type of the records that belong to catalog entities (action items, risks,
 * blockers, measurements, remediation items), for conditional decisions on the owners of those
 * entities and, for action items, their assignees.
 */
export const DEVEX_ENTITY_RECORD_RESOURCE_TYPE = 'devex-entity-record';

/** Read action items, on the DevEx tab, the page and through the API. */
export const devexActionItemReadPermission = createPermission({
  name: 'devex.action-item.read',
  attributes: { action: 'read' },
});

/** Create an action item. */
export const devexActionItemCreatePermission = createPermission({
  name: 'devex.action-item.create',
  attributes: { action: 'create' },
  resourceType: DEVEX_ENTITY_RECORD_RESOURCE_TYPE,
});

/** Change an action item, its status included. */
export const devexActionItemUpdatePermission = createPermission({
  name: 'devex.action-item.update',
  attributes: { action: 'update' },
  resourceType: DEVEX_ENTITY_RECORD_RESOURCE_TYPE,
});

/**
 * Change only the status of an action item: its owner may (the shipped policy), as well as those
 * who may update it.
 */
export const devexActionItemStatusUpdatePermission = createPermission({
  name: 'devex.action-item.status.update',
  attributes: { action: 'update' },
  resourceType: DEVEX_ENTITY_RECORD_RESOURCE_TYPE,
});

/** Delete an action item. */
export const devexActionItemDeletePermission = createPermission({
  name: 'devex.action-item.delete',
  attributes: { action: 'delete' },
  resourceType: DEVEX_ENTITY_RECORD_RESOURCE_TYPE,
});

/** Read experiments, their scorecards and history. */
export const devexExperimentReadPermission = createPermission({
  name: 'devex.experiment.read',
  attributes: { action: 'read' },
});

/** Create an experiment. */
export const devexExperimentCreatePermission = createPermission({
  name: 'devex.experiment.create',
  attributes: { action: 'create' },
  resourceType: DEVEX_EXPERIMENT_RESOURCE_TYPE,
});

/** Change an experiment's fields; conditional on the experiment (owners by default). */
export const devexExperimentUpdatePermission = createPermission({
  name: 'devex.experiment.update',
  attributes: { action: 'update' },
  resourceType: DEVEX_EXPERIMENT_RESOURCE_TYPE,
});

/** Move an experiment through its lifecycle; conditional on the experiment (owners by default). */
export const devexExperimentTransitionPermission = createPermission({
  name: 'devex.experiment.transition',
  attributes: { action: 'update' },
  resourceType: DEVEX_EXPERIMENT_RESOURCE_TYPE,
});

/** Record measurements (people, CI jobs and exporters with service credentials). */
export const devexMeasurementCreatePermission = createPermission({
  name: 'devex.measurement.create',
  attributes: { action: 'create' },
  resourceType: DEVEX_ENTITY_RECORD_RESOURCE_TYPE,
});

/** Read the governance calendar, verification windows and the iCalendar feed. */
export const devexCalendarReadPermission = createPermission({
  name: 'devex.calendar.read',
  attributes: { action: 'read' },
});

/** Revoke every calendar feed link of another user (anyone revokes their own). */
export const devexCalendarFeedAdminPermission = createPermission({
  name: 'devex.calendar.feed.admin',
  attributes: { action: 'delete' },
});

/** Record what happened at an occurrence (held, skipped, minutes, decisions). */
export const devexOccurrenceRecordPermission = createPermission({
  name: 'devex.calendar.occurrence.record',
  attributes: { action: 'update' },
});

/** Record a compliance verification run. */
export const devexVerificationRunCreatePermission = createPermission({
  name: 'devex.calendar.verification-run.create',
  attributes: { action: 'create' },
});

/** Read the IDP backlog, the risk register and blockers. */
export const devexGovernanceReadPermission = createPermission({
  name: 'devex.governance.read',
  attributes: { action: 'read' },
});

/** Add, change and reprioritise IDP backlog items (the forum's review mode). */
export const devexBacklogWritePermission = createPermission({
  name: 'devex.backlog.write',
  attributes: { action: 'update' },
});

/** Add and change risks of the register. */
export const devexRiskWritePermission = createPermission({
  name: 'devex.risk.write',
  attributes: { action: 'update' },
  resourceType: DEVEX_ENTITY_RECORD_RESOURCE_TYPE,
});

/** Raise and resolve blockers. */
export const devexBlockerWritePermission = createPermission({
  name: 'devex.blocker.write',
  attributes: { action: 'update' },
  resourceType: DEVEX_ENTITY_RECORD_RESOURCE_TYPE,
});

/** Push an entity's remediation items (its remediation backlog). */
export const devexRemediationItemWritePermission = createPermission({
  name: 'devex.remediation-item.write',
  attributes: { action: 'update' },
  resourceType: DEVEX_ENTITY_RECORD_RESOURCE_TYPE,
});

/** Manage the portal's evidence records. */
export const devexComplianceWritePermission = createPermission({
  name: 'devex.compliance.write',
  attributes: { action: 'update' },
});

/** Start an evidence sync run now. */
export const devexSyncRunPermission = createPermission({
  name: 'devex.sync.run',
  attributes: { action: 'create' },
});

/** Open pulse survey campaigns by hand. */
export const devexPulseManagePermission = createPermission({
  name: 'devex.pulse.manage',
  attributes: { action: 'create' },
});

/** Read the free-text answers of the pulse survey (the scores are readable by all). */
export const devexPulseReadFreeTextPermission = createPermission({
  name: 'devex.pulse.read-free-text',
  attributes: { action: 'read' },
});

/** Send the metrics digest now, outside its schedule. */
export const devexDigestSendPermission = createPermission({
  name: 'devex.digest.send',
  attributes: { action: 'create' },
});

/**
 * Request a waiver: a remediation item deliberately not automated (decided on the owners of the
 * item's entity), or a success measure's target paused (portal-wide: admins).
 */
export const devexWaiverRequestPermission = createPermission({
  name: 'devex.waiver.request',
  attributes: { action: 'create' },
  resourceType: DEVEX_ENTITY_RECORD_RESOURCE_TYPE,
});

/** Approve, reject or revoke waivers. */
export const devexWaiverApprovePermission = createPermission({
  name: 'devex.waiver.approve',
  attributes: { action: 'update' },
});

/**
 * Erase a person's personal data from the DevEx records: their participation and feed links go,
 * their ref in every other record becomes the former-user marker. An admin's action, audited.
 */
export const devexPersonalDataErasePermission = createPermission({
  name: 'devex.personal-data.erase',
  attributes: { action: 'delete' },
});

/** Permissions on experiments that are decided per experiment. */
export const devexExperimentResourcePermissions = [
  devexExperimentCreatePermission,
  devexExperimentUpdatePermission,
  devexExperimentTransitionPermission,
];

/** Permissions on records of catalog entities, decided on the entities' owners. */
export const devexEntityRecordPermissions = [
  devexActionItemCreatePermission,
  devexActionItemUpdatePermission,
  devexActionItemStatusUpdatePermission,
  devexActionItemDeletePermission,
  devexRiskWritePermission,
  devexBlockerWritePermission,
  devexMeasurementCreatePermission,
  devexRemediationItemWritePermission,
  devexWaiverRequestPermission,
];

/** Every permission of the DevEx plugin, for registration and policies. */
export const devexPermissions = [
  devexActionItemReadPermission,
  devexExperimentReadPermission,
  ...devexExperimentResourcePermissions,
  ...devexEntityRecordPermissions,
  devexCalendarReadPermission,
  devexCalendarFeedAdminPermission,
  devexOccurrenceRecordPermission,
  devexVerificationRunCreatePermission,
  devexGovernanceReadPermission,
  devexBacklogWritePermission,
  devexComplianceWritePermission,
  devexSyncRunPermission,
  devexPulseManagePermission,
  devexPulseReadFreeTextPermission,
  devexDigestSendPermission,
  devexWaiverApprovePermission,
  devexPersonalDataErasePermission,
];
