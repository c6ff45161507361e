import { BackstageTheme } from '@backstage/theme';
import { useTheme } from '@material-ui/core/styles';
import {
  ScorecardStatus,
  SuccessMeasureStatus,
} from '@internal/backstage-plugin-devex-common';

/** What a status says to the reader, before it is a colour. */
export type Tone = 'good' | 'caution' | 'warning' | 'bad' | 'neutral';

export const scorecardTones: Record<ScorecardStatus, Tone> = {
  on_track: 'good',
  at_risk: 'warning',
  off_track: 'bad',
  no_data: 'neutral',
};

export const successMeasureTones: Record<SuccessMeasureStatus, Tone> = {
  met: 'good',
  on_track: 'good',
  at_risk: 'warning',
  missed: 'bad',
  no_data: 'neutral',
};

/** A risk's exposure (impact x likelihood, 1-25) from green to red. */
export const exposureTone = (exposure: number): Tone => {
  if (exposure >= 15) return 'bad';
  if (exposure >= 10) return 'warning';
  if (exposure >= 5) return 'caution';
  return 'good';
};

export interface ToneColors {
  /** The tone's colour, from the theme's status palette (light and dark differ). */
  color(tone: Tone): string;
  /** Text that reads on that colour as a background. */
  contrastText(tone: Tone): string;
  /** Lines and rules that should recede: target lines, timelines. */
  muted: string;
}

/** Status colours from the Backstage theme, so the dark theme gets its own. */
export function useToneColors(): ToneColors {
  const { palette } = useTheme<BackstageTheme>();
  const colors: Record<Tone, string> = {
    good: palette.status.ok,
    caution: palette.status.pending,
    warning: palette.status.warning,
    bad: palette.status.error,
    neutral: palette.status.aborted,
  };
  return {
    color: tone => colors[tone],
    contrastText: tone => palette.getContrastText(colors[tone]),
    muted: palette.text.secondary,
  };
}
