import { PlainError } from '../PlainError';
import { formatDay } from '../dates';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { PersonLink } from '../PersonLink';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  DecideWaiverRequest,
  devexWaiverApprovePermission,
  Waiver,
} from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { devexApiRef } from '../../api';
import { useWaivers } from '../../hooks/useWaivers';
import { WaiverChip } from './WaiverChip';

const DECISIONS: Array<{
  decision: DecideWaiverRequest['decision'];
  label: string;
  when: Waiver['status'];
}> = [
  { decision: 'approve', label: 'Approve', when: 'requested' },
  { decision: 'reject', label: 'Reject', when: 'requested' },
  { decision: 'revoke', label: 'Revoke', when: 'approved' },
];

/**
 * Waivers requested and approved (of an entity, or the portal's): what each excuses, why, who
 * asked and until when; admins approve, reject or revoke them here.
 */
export function WaiversCard(props: {
  entityRef?: string;
  /** Changes when a waiver was requested elsewhere (the drill-down), to reload. */
  reloadKey?: unknown;
  onChanged?: () => void;
}) {
  const api = useApi(devexApiRef);
  const [version, setVersion] = useState(0);
  const { value, error, loading } = useWaivers({
    entityRef: props.entityRef,
    status: ['requested', 'approved'],
    reloadKey: `${String(props.reloadKey)}:${version}`,
  });
  const canDecide = usePermission({
    permission: devexWaiverApprovePermission,
  }).allowed;
  const [failure, setFailure] = useState<string>();

  if (error) return <PlainError error={error} />;
  if (!value) return loading ? <Progress /> : null;
  const decide = async (
    w: Waiver,
    decision: DecideWaiverRequest['decision'],
  ) => {
    setFailure(undefined);
    try {
      await api.decideWaiver(w.id, { decision, version: w.version });
      setVersion(v => v + 1);
      props.onChanged?.();
    } catch (e) {
      setFailure((e as Error).message);
    }
  };
  return (
    <InfoCard
      title="Waivers"
      subheader="Remediation items deliberately not automated, and success measures paused"
    >
      {failure && (
        <Alert severity="error" role="alert" style={{ marginBottom: 8 }}>
          {failure}
        </Alert>
      )}
      {!value.items.length ? (
        <Typography variant="body2" color="textSecondary">
          No waiver requested or in force.
        </Typography>
      ) : (
        <List dense aria-label="Waivers">
          {value.items.map(w => (
            <ListItem key={w.id} divider disableGutters>
              <ListItemText
                primary={
                  <Box
                    display="flex"
                    flexWrap="wrap"
                    alignItems="center"
                    style={{ gap: 8 }}
                  >
                    <strong>{w.subjectId}</strong>
                    <span>{w.subjectTitle}</span>
                    <WaiverChip waiver={w} />
                  </Box>
                }
                secondary={
                  <>
                    {w.justification} · requested by{' '}
                    <PersonLink entityRef={w.requestedBy} defaultKind="user" />{' '}
                    {formatDay(w.requestedAt)}
                    {w.decidedBy && (
                      <>
                        {' · '}
                        {w.status} by{' '}
                        <PersonLink
                          entityRef={w.decidedBy}
                          defaultKind="user"
                        />
                        {w.decisionNote ? `: ${w.decisionNote}` : ''}
                      </>
                    )}
                  </>
                }
                secondaryTypographyProps={{ component: 'div' } as any}
              />
              {canDecide && (
                <Box display="flex" style={{ gap: 8 }} ml={2}>
                  {DECISIONS.filter(d => d.when === w.status).map(d => (
                    <Button
                      key={d.decision}
                      size="small"
                      variant="outlined"
                      color={d.decision === 'approve' ? 'primary' : 'default'}
                      aria-label={`${d.label} the waiver for ${w.subjectId}`}
                      onClick={() => decide(w, d.decision)}
                    >
                      {d.label}
                    </Button>
                  ))}
                </Box>
              )}
            </ListItem>
          ))}
        </List>
      )}
    </InfoCard>
  );
}
