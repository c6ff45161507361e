import {
  RunbookRitual,
  RunbookStatus,
} from '@devex-governance/backstage-plugin-devex-common';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { useToneColors } from '../tones';
import { describeRunbookStatus, formatRunbookDate } from './presentation';

/** "unchanged since 30 Oct 2026" or "updated 26 Nov 2026", with when it was last checked. */
export function RunbookStatusChip(props: {
  status: RunbookStatus;
  lastRitual: RunbookRitual | null;
}) {
  const { status, lastRitual } = props;
  const { label, tone } = describeRunbookStatus(status, lastRitual);
  const tones = useToneColors();
  const details = [
    status.checkedAt && `Last checked ${formatRunbookDate(status.checkedAt)}`,
    status.error && `The last check could not read it: ${status.error}`,
  ].filter(Boolean);
  const chip = (
    <Chip
      size="small"
      variant="outlined"
      label={label}
      style={{ color: tones.text(tone), borderColor: tones.color(tone) }}
    />
  );
  return details.length ? (
    <Tooltip title={details.join('. ')}>{chip}</Tooltip>
  ) : (
    chip
  );
}
