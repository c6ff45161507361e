import {
  REMEDIATION_RISK_LEVELS,
  REMEDIATION_STATUSES,
  RemediationItem,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import YAML from 'yaml';

/** The annotation naming an entity's remediation backlog file (YAML or JSON). */
export const REMEDIATION_BACKLOG_ANNOTATION = 'devex.io/remediation-backlog';

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;
const OWNER = /^(user|group):[a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9._-]*$/i;

/** Checks one item of a backlog file or of the bulk API; the message names the item and field. */
export function validateRemediationItem(
  raw: any,
  where: string,
  entityRef: string,
  sourceLocation: string | null,
): RemediationItem {
  const fail = (msg: string): never => {
    throw new Error(`${where}: ${msg}`);
  };
  if (!raw || typeof raw !== 'object') fail('must be an object');
  if (typeof raw.id !== 'string' || !ID.test(raw.id))
    fail('id must be a short identifier such as POPIA-003');
  if (typeof raw.framework !== 'string' || !raw.framework.trim())
    fail('framework is required');
  if (
    typeof raw.title !== 'string' ||
    !raw.title.trim() ||
    raw.title.length > 300
  )
    fail('title is required (at most 300 characters)');
  const risk = String(raw.riskLevel ?? raw.risk ?? '').toLocaleLowerCase(
    'en-US',
  );
  if (!REMEDIATION_RISK_LEVELS.includes(risk as any))
    fail(`riskLevel must be one of ${REMEDIATION_RISK_LEVELS.join(', ')}`);
  if (typeof raw.owner !== 'string' || !OWNER.test(raw.owner))
    fail('owner must be a user or group entity ref');
  const due = raw.dueDate ?? raw.due ?? null;
  if (due !== null && !DateTime.fromISO(String(due)).isValid)
    fail(`dueDate must be YYYY-MM-DD, got ${due}`);
  const status = raw.status ?? 'open';
  if (!REMEDIATION_STATUSES.includes(status))
    fail(`status must be one of ${REMEDIATION_STATUSES.join(', ')}`);
  const expected = raw.expectedEvidence ?? raw.evidence ?? [];
  if (
    !Array.isArray(expected) ||
    expected.some((e: unknown) => typeof e !== 'string')
  )
    fail('expectedEvidence must be a list of strings');
  return {
    id: raw.id,
    framework: raw.framework.trim(),
    title: raw.title.trim(),
    riskLevel: risk as RemediationItem['riskLevel'],
    owner: raw.owner.toLocaleLowerCase('en-US'),
    dueDate: due === null ? null : DateTime.fromISO(String(due)).toISODate(),
    status,
    expectedEvidence: expected,
    entityRef,
    sourceLocation,
  };
}

/**
 * Reads a remediation backlog file: a YAML or JSON list, or `{ items: [...] }`. Any problem fails
 * the whole file, so a half-read file never replaces what was synced before.
 */
export function parseRemediationBacklog(
  text: string,
  location: string,
  entityRef: string,
): RemediationItem[] {
  let parsed: any;
  try {
    parsed = YAML.parse(text);
  } catch (e) {
    throw new Error(
      `${location} is not valid YAML or JSON: ${
        (e as Error).message.split('\n')[0]
      }`,
    );
  }
  const items = Array.isArray(parsed) ? parsed : parsed?.items;
  if (!Array.isArray(items))
    throw new Error(
      `${location} must hold a list of remediation items (or { items: [...] })`,
    );
  const seen = new Set<string>();
  return items.map((raw, i) => {
    const item = validateRemediationItem(
      raw,
      `${location} item ${i}${raw?.id ? ` (${raw.id})` : ''}`,
      entityRef,
      location,
    );
    if (seen.has(item.id))
      throw new Error(`${location}: ${item.id} is listed twice`);
    seen.add(item.id);
    return item;
  });
}
