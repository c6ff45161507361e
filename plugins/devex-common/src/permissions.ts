import { createPermission } from '@backstage/plugin-permission-common';

/** The resource type of experiments, for conditional permission decisions. */
export const DEVEX_EXPERIMENT_RESOURCE_TYPE = 'devex-experiment';

/**
 * The resource type of the records that belong to catalog entities (action items, risks,
 * blockers, measurements, remediation items), for conditional decisions on the owners of those
 * entities and, for action items, their assignees.
 */
export const DEVEX_ENTITY_RECORD_RESOURCE_TYPE = 'devex-entity-record';

type Action = 'create' | 'read' | 'update' | 'delete';

/** A permission decided for the portal as a whole (no resource). */
const portalPermission = (name: string, action: Action) =>
  createPermission({ name, attributes: { action } });

/** A permission decided per record of a catalog entity (its owners, an item's assignee). */
const entityRecordPermission = (name: string, action: Action) =>
  createPermission({
    name,
    attributes: { action },
    resourceType: DEVEX_ENTITY_RECORD_RESOURCE_TYPE,
  });

/** A permission decided per experiment (its owners by default). */
const experimentPermission = (name: string, action: Action) =>
  createPermission({
    name,
    attributes: { action },
    resourceType: DEVEX_EXPERIMENT_RESOURCE_TYPE,
  });

/** Read action items, on the DevEx tab, the page and through the API. */
export const devexActionItemReadPermission = portalPermission(
  'devex.action-item.read',
  'read',
);

/** Create an action item. */
export const devexActionItemCreatePermission = entityRecordPermission(
  'devex.action-item.create',
  'create',
);

/** Change an action item, its status included. */
export const devexActionItemUpdatePermission = entityRecordPermission(
  'devex.action-item.update',
  'update',
);

/**
 * Change only the status of an action item: its owner may (the shipped policy), as well as those
 * who may update it.
 */
export const devexActionItemStatusUpdatePermission = entityRecordPermission(
  'devex.action-item.status.update',
  'update',
);

/** Delete an action item. */
export const devexActionItemDeletePermission = entityRecordPermission(
  'devex.action-item.delete',
  'delete',
);

/** Read experiments, their scorecards and history. */
export const devexExperimentReadPermission = portalPermission(
  'devex.experiment.read',
  'read',
);

/** Create an experiment. */
export const devexExperimentCreatePermission = experimentPermission(
  'devex.experiment.create',
  'create',
);

/** Change an experiment's fields; conditional on the experiment (owners by default). */
export const devexExperimentUpdatePermission = experimentPermission(
  'devex.experiment.update',
  'update',
);

/** Move an experiment through its lifecycle; conditional on the experiment (owners by default). */
export const devexExperimentTransitionPermission = experimentPermission(
  'devex.experiment.transition',
  'update',
);

/** Record measurements (people, CI jobs and exporters with service credentials). */
export const devexMeasurementCreatePermission = entityRecordPermission(
  'devex.measurement.create',
  'create',
);

/** Read the governance calendar, verification windows and the iCalendar feed. */
export const devexCalendarReadPermission = portalPermission(
  'devex.calendar.read',
  'read',
);

/** Revoke every calendar feed link of another user (anyone revokes their own). */
export const devexCalendarFeedAdminPermission = portalPermission(
  'devex.calendar.feed.admin',
  'delete',
);

/** Record what happened at an occurrence (held, skipped, minutes, decisions). */
export const devexOccurrenceRecordPermission = portalPermission(
  'devex.calendar.occurrence.record',
  'update',
);

/** Record a compliance verification run. */
export const devexVerificationRunCreatePermission = portalPermission(
  'devex.calendar.verification-run.create',
  'create',
);

/** Read the IDP backlog, the risk register and blockers. */
export const devexGovernanceReadPermission = portalPermission(
  'devex.governance.read',
  'read',
);

/** Add, change and reprioritise IDP backlog items (the forum's review mode). */
export const devexBacklogWritePermission = portalPermission(
  'devex.backlog.write',
  'update',
);

/** Add and change risks of the register. */
export const devexRiskWritePermission = entityRecordPermission(
  'devex.risk.write',
  'update',
);

/** Raise and resolve blockers. */
export const devexBlockerWritePermission = entityRecordPermission(
  'devex.blocker.write',
  'update',
);

/** Push an entity's remediation items (its remediation backlog). */
export const devexRemediationItemWritePermission = entityRecordPermission(
  'devex.remediation-item.write',
  'update',
);

/** Manage the portal's evidence records. */
export const devexComplianceWritePermission = portalPermission(
  'devex.compliance.write',
  'update',
);

/** Start an evidence sync run now. */
export const devexSyncRunPermission = portalPermission(
  'devex.sync.run',
  'create',
);

/** Open pulse survey campaigns by hand. */
export const devexPulseManagePermission = portalPermission(
  'devex.pulse.manage',
  'create',
);

/** Read the free-text answers of the pulse survey (the scores are readable by all). */
export const devexPulseReadFreeTextPermission = portalPermission(
  'devex.pulse.read-free-text',
  'read',
);

/** Send the metrics digest now, outside its schedule. */
export const devexDigestSendPermission = portalPermission(
  'devex.digest.send',
  'create',
);

/**
 * Request a waiver: a remediation item deliberately not automated (decided on the owners of the
 * item's entity), or a success measure's target paused (portal-wide: admins).
 */
export const devexWaiverRequestPermission = entityRecordPermission(
  'devex.waiver.request',
  'create',
);

/** Approve, reject or revoke waivers. */
export const devexWaiverApprovePermission = portalPermission(
  'devex.waiver.approve',
  'update',
);

/**
 * Erase a person's personal data from the DevEx records: their participation and feed links go,
 * their ref in every other record becomes the former-user marker. An admin's action, audited.
 */
export const devexPersonalDataErasePermission = portalPermission(
  'devex.personal-data.erase',
  'delete',
);

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
