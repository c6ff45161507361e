import { PlainError } from '../PlainError';
import { Progress } from '@backstage/core-components';
import { PulseTrendPoint } from '@devex-governance/backstage-plugin-devex-common';
import { ReadableTable } from '../ReadableTable';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { usePulseTrend } from '../../hooks/useDevexApi';
import { TimeSeriesChart } from '../TimeSeriesChart';

/** What a campaign's row says where its figures are not published, and why. */
const withheldReasons: Record<
  NonNullable<PulseTrendPoint['hiddenReason']>,
  string
> = {
  'campaign-open': 'after it closes',
  'too-few-responses': 'too few answers to show',
  suppressed: 'withheld',
};

function participation(p: PulseTrendPoint): string {
  if (p.responses === null) {
    return p.hiddenReason === 'campaign-open'
      ? 'after it closes'
      : 'too few answers to show';
  }
  return p.responseRate === null
    ? `${p.responses} answered`
    : `${p.responses} of ${p.population} (${Math.round(
        p.responseRate * 100,
      )}%)`;
}

/** The pulse across its last campaigns: participation and satisfaction, under the results' rules. */
export function PulseTrend() {
  const { value, error, loading } = usePulseTrend();
  const theme = useTheme();
  if (error) return <PlainError error={error} />;
  if (loading && !value) return <Progress />;
  if (!value?.length) return null;
  const published = value
    .filter(p => p.satisfaction !== null)
    .map(p => ({ at: p.closesAt, value: p.satisfaction! }))
    .reverse();
  return (
    <>
      <Typography variant="subtitle2" component="h3" style={{ marginTop: 16 }}>
        Across campaigns
      </Typography>
      {published.length > 1 && (
        <TimeSeriesChart
          label="Satisfaction across campaigns"
          series={published}
          format={v => `${v.toFixed(2)} / 5`}
          color={theme.palette.primary.main}
        />
      )}
      <ReadableTable size="small" aria-label="Pulse across campaigns">
        <TableHead>
          <TableRow>
            <TableCell>Campaign</TableCell>
            <TableCell>Participation</TableCell>
            <TableCell>Satisfaction</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {value.map(p => (
            <TableRow key={p.campaignId} data-testid="pulse-trend-row">
              <TableCell>{p.period}</TableCell>
              <TableCell>{participation(p)}</TableCell>
              <TableCell>
                {p.satisfaction === null
                  ? withheldReasons[p.hiddenReason ?? 'too-few-responses']
                  : `${p.satisfaction.toFixed(2)} / 5`}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ReadableTable>
    </>
  );
}
