import { BackstageTheme } from '@backstage/theme';
import {
  darken,
  getContrastRatio,
  lighten,
  useTheme,
} from '@material-ui/core/styles';
import {
  ExperimentHealth,
  SuccessMeasureStatus,
} from '@devex-governance/backstage-plugin-devex-common';

/** What a status says to the reader, before it is a colour. */
export type Tone = 'good' | 'caution' | 'warning' | 'bad' | 'neutral';

export const scorecardTones: Record<ExperimentHealth, Tone> = {
  on_track: 'good',
  at_risk: 'warning',
  off_track: 'bad',
  no_data: 'neutral',
  not_started: 'neutral',
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
  /** The tone's colour for text: darkened (lightened in the dark theme) to 4.5:1 on cards and page. */
  text(tone: Tone): string;
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
  // text sits on cards (paper) and on the page and table backgrounds (default): both must read
  const backgrounds = [palette.background.paper, palette.background.default];
  const dark = palette.type === 'dark';
  const contrast = (c: string) =>
    Math.min(...backgrounds.map(b => getContrastRatio(c, b)));
  const readable = (color: string) => {
    let c = color;
    for (let i = 0; i < 10 && contrast(c) < 4.5; i++) {
      c = dark ? lighten(c, 0.2) : darken(c, 0.2);
    }
    return c;
  };
  return {
    color: tone => colors[tone],
    text: tone => readable(colors[tone]),
    // black or white, whichever reads better (MUI's getContrastText settles for 3:1)
    contrastText: tone =>
      getContrastRatio('#000', colors[tone]) >=
      getContrastRatio('#fff', colors[tone])
        ? '#000'
        : '#fff',
    muted: palette.text.secondary,
  };
}
