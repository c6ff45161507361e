import { labelOf } from '../labels';
import { PlainError } from '../PlainError';
import { InfoCard, Progress } from '@backstage/core-components';
import { PersonLink } from '../PersonLink';
import { RiskHeatmap } from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import { ReadableTable } from '../ReadableTable';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';

import { useRisks } from '../../hooks/useDevexApi';
import { HighlightableRow } from '../HighlightableRow';
import { exposureTone, useToneColors } from '../tones';

/** The 5x5 heat map: impact down the side (5 on top), likelihood along the bottom. */
export function HeatMap(props: { heatmap: RiskHeatmap }) {
  const tones = useToneColors();
  const countOf = (impact: number, likelihood: number) =>
    props.heatmap.cells.find(
      c => c.impact === impact && c.likelihood === likelihood,
    )?.count ?? 0;
  return (
    <table
      role="grid"
      aria-label="Risk heat map"
      style={{ borderCollapse: 'collapse' }}
    >
      <tbody>
        {[5, 4, 3, 2, 1].map(impact => (
          <tr key={impact}>
            <th scope="row" style={{ fontSize: 12, paddingRight: 6 }}>
              {impact}
            </th>
            {[1, 2, 3, 4, 5].map(likelihood => {
              const count = countOf(impact, likelihood);
              const tone = exposureTone(impact * likelihood);
              return (
                <td
                  key={likelihood}
                  aria-label={`Impact ${impact}, likelihood ${likelihood}: ${count} risk${
                    count === 1 ? '' : 's'
                  }`}
                  style={{
                    width: 44,
                    height: 36,
                    textAlign: 'center',
                    color: tones.contrastText(tone),
                    fontWeight: 700,
                    background: tones.color(tone),
                    opacity: count ? 1 : 0.35,
                    border: '2px solid transparent',
                  }}
                >
                  {count || ''}
                </td>
              );
            })}
          </tr>
        ))}
        <tr>
          <th />
          {[1, 2, 3, 4, 5].map(l => (
            <th key={l} scope="col" style={{ fontSize: 12 }}>
              {l}
            </th>
          ))}
        </tr>
      </tbody>
      <caption style={{ captionSide: 'bottom', fontSize: 12 }}>
        Impact (rows) × likelihood (columns), open and in-progress risks
      </caption>
    </table>
  );
}

/** The risk register with its heat map, for an entity or the portal. */
export function RiskRegister(props: {
  entityRef?: string;
  /** The risk a link landed on (`?risk=<id>`). */
  highlightId?: string;
  /** Reloads when it changes. */
  reloadKey?: unknown;
}) {
  const tones = useToneColors();
  const { value, error, loading } = useRisks(props.entityRef, props.reloadKey);
  if (error) return <PlainError error={error} />;
  if (!value) return loading ? <Progress /> : null;
  return (
    <InfoCard title="Risk register">
      <Grid container spacing={3}>
        <Grid item xs={12} md={4}>
          <HeatMap heatmap={value.heatmap} />
        </Grid>
        <Grid item xs={12} md={8}>
          {value.risks.length === 0 ? (
            <Typography variant="body2" color="textSecondary">
              No risks recorded.
            </Typography>
          ) : (
            <ReadableTable size="small" aria-label="Risks">
              <TableHead>
                <TableRow>
                  <TableCell>Risk</TableCell>
                  <TableCell>Exposure</TableCell>
                  <TableCell>Owner</TableCell>
                  <TableCell>Status</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {value.risks.map(r => (
                  <HighlightableRow
                    testId="risk-row"
                    key={r.id}
                    highlighted={r.id === props.highlightId}
                  >
                    <TableCell>
                      <strong>{r.key}</strong> {r.title}
                      {r.mitigation && (
                        <Typography
                          variant="caption"
                          color="textSecondary"
                          component="div"
                        >
                          Mitigation: {r.mitigation}
                          {r.remediationIds.length > 0 &&
                            ` · ${r.remediationIds.join(', ')}`}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>
                      <Box
                        component="span"
                        style={{
                          color: tones.text(exposureTone(r.exposure)),
                          fontWeight: 700,
                        }}
                      >
                        {r.exposure}
                      </Box>{' '}
                      ({r.impact}×{r.likelihood})
                    </TableCell>
                    <TableCell>
                      <PersonLink entityRef={r.owner} defaultKind="group" />
                    </TableCell>
                    <TableCell>{labelOf(r.status)}</TableCell>
                  </HighlightableRow>
                ))}
              </TableBody>
            </ReadableTable>
          )}
        </Grid>
      </Grid>
    </InfoCard>
  );
}
