import { Waiver } from '@devex-governance/backstage-plugin-devex-common';
import { formatDay } from '../dates';
import Chip from '@material-ui/core/Chip';
import { Tone, useToneColors } from '../tones';

/** What a waiver is now, in a few words. */
export function waiverLabel(w: Waiver): { label: string; tone: Tone } {
  if (w.inForce)
    return { label: `Waived until ${formatDay(w.expiresOn)}`, tone: 'caution' };
  switch (w.status) {
    case 'requested':
      return { label: 'Waiver requested', tone: 'neutral' };
    case 'approved':
      return {
        label: `Waiver expired ${formatDay(w.expiresOn)}`,
        tone: 'warning',
      };
    case 'rejected':
      return { label: 'Waiver rejected', tone: 'neutral' };
    default:
      return { label: 'Waiver revoked', tone: 'neutral' };
  }
}

export function WaiverChip(props: { waiver: Waiver }) {
  const tones = useToneColors();
  const { label, tone } = waiverLabel(props.waiver);
  return (
    <Chip
      size="small"
      label={label}
      title={props.waiver.justification}
      style={{
        backgroundColor: tones.color(tone),
        color: tones.contrastText(tone),
      }}
    />
  );
}
