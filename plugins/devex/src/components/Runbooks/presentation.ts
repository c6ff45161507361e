import { formatDay } from '../dates';
import {
  RunbookRitual,
  RunbookStatus,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { Tone } from '../tones';

/** A runbook's date as the plugin writes every day (`formatDay`). */
export const formatRunbookDate = (iso: string): string => formatDay(iso);

/**
 * What the checks say of a runbook since the last runbook-update ritual, in a few words. An
 * unchanged runbook is unchanged since the ritual's date when its baseline was read within a day
 * of the ritual's end, else since the baseline was read (the checks began after the ritual).
 */
export function describeRunbookStatus(
  status: RunbookStatus,
  lastRitual: RunbookRitual | null,
): { label: string; tone: Tone } {
  if (!status.readable) return { label: 'opens in TechDocs', tone: 'neutral' };
  if (status.changedSinceLastRitual === true) {
    const when = status.lastModified ?? status.lastChangedAt;
    return {
      label: when
        ? `updated ${formatRunbookDate(when)}`
        : 'updated since the last ritual',
      tone: 'good',
    };
  }
  if (status.changedSinceLastRitual === false && status.baselineAt) {
    const baselineAt = DateTime.fromISO(status.baselineAt);
    const promptly =
      lastRitual &&
      baselineAt.diff(DateTime.fromISO(lastRitual.end), 'days').days <= 1;
    return {
      label: `unchanged since ${formatRunbookDate(
        promptly ? lastRitual.start : status.baselineAt,
      )}`,
      tone: 'neutral',
    };
  }
  if (status.error) return { label: 'could not be read', tone: 'warning' };
  if (!lastRitual) return { label: 'no ritual held yet', tone: 'neutral' };
  return {
    label: status.checkedAt ? 'no baseline yet' : 'not checked yet',
    tone: 'neutral',
  };
}

/**
 * Links and images of a runbook resolved against its source, so relative ones lead to the
 * repository; only http(s), mailto and in-page anchors are kept (no `javascript:`).
 */
export function runbookUriResolver(source: string): (href: string) => string {
  return href => {
    if (href.startsWith('#')) return href;
    try {
      const url = new URL(href, source);
      return ['http:', 'https:', 'mailto:'].includes(url.protocol)
        ? url.toString()
        : '';
    } catch {
      return '';
    }
  };
}
