import { PlainError } from '../PlainError';
import { formatDateTime, relativeDay } from '../dates';
import { InfoCard, Progress } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { PersonLink, PersonLinks } from '../PersonLink';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  Blocker,
  devexBlockerWritePermission,
} from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { devexApiRef } from '../../api';
import { useBlockers } from '../../hooks/useDevexApi';
import Alert from '@material-ui/lab/Alert';
import { useToneColors } from '../tones';
import { TextDialog } from '../TextDialog';

const when = formatDateTime;

/** The three steps of the escalation path, each with its time or its due time. */
export function EscalationTimeline(props: { blocker: Blocker }) {
  const b = props.blocker;
  const now = DateTime.local();
  const due = DateTime.fromISO(b.escalationDueAt);
  const tones = useToneColors();
  let escalation: JSX.Element;
  if (b.escalatedAt)
    escalation = (
      <>
        escalated {when(b.escalatedAt)} to{' '}
        <PersonLinks entityRefs={b.escalatedTo} defaultKind="group" />
      </>
    );
  else if (b.resolvedAt) escalation = <>not needed</>;
  else
    escalation = (
      <>
        due {when(b.escalationDueAt)} (
        {due < now ? 'now' : relativeDay(b.escalationDueAt, now)})
      </>
    );
  const steps = [
    {
      label: '1. Recorded',
      done: true,
      detail: (
        <>
          {when(b.raisedAt)} by{' '}
          <PersonLink entityRef={b.raisedBy} defaultKind="user" />
        </>
      ),
    },
    {
      label: '2. Owners notified',
      done: Boolean(b.ownersNotifiedAt),
      detail: b.ownersNotifiedAt ? (
        <>
          {when(b.ownersNotifiedAt)}:{' '}
          <PersonLinks entityRefs={b.notifiedOwners} defaultKind="group" />
        </>
      ) : (
        <>
          {b.notificationError
            ? `not yet: ${b.notificationError} (retried on the next run)`
            : 'pending'}
        </>
      ),
    },
    {
      label: '3. Steering committee',
      done: Boolean(b.escalatedAt),
      detail: escalation,
    },
    ...(b.resolvedAt
      ? [
          {
            label: 'Resolved',
            done: true,
            detail: (
              <>
                {when(b.resolvedAt)}: {b.resolution}
              </>
            ),
          },
        ]
      : []),
  ];
  return (
    <ol
      aria-label={`Escalation of ${b.title}`}
      style={{ margin: '4px 0 0', paddingLeft: 0, listStyle: 'none' }}
    >
      {steps.map(step => (
        <li
          key={step.label}
          style={{
            borderLeft: `3px solid ${
              step.done ? tones.color('good') : tones.muted
            }`,
            paddingLeft: 8,
            marginBottom: 4,
          }}
        >
          <Typography variant="body2">
            <strong>{step.label}</strong> · {step.detail}
          </Typography>
        </li>
      ))}
    </ol>
  );
}

/** Blockers on the escalation path, for an entity (where they can be raised) or the portal. */
export function BlockersCard(props: { entityRef?: string }) {
  const api = useApi(devexApiRef);
  const alertApi = useApi(alertApiRef);
  const { value, error, loading, retry } = useBlockers(props.entityRef);
  const canWrite = usePermission({
    permission: devexBlockerWritePermission,
    resourceRef: props.entityRef,
  }).allowed;
  const [raising, setRaising] = useState(false);
  const [resolving, setResolving] = useState<Blocker>();

  if (error) return <PlainError error={error} />;
  if (loading && !value) return <Progress />;
  return (
    <InfoCard
      title="Blockers and escalation"
      action={
        canWrite && props.entityRef ? (
          <Box mt={1} mr={1}>
            <Button
              variant="outlined"
              color="secondary"
              onClick={() => setRaising(true)}
            >
              Raise blocker
            </Button>
          </Box>
        ) : undefined
      }
    >
      {value?.sourceErrors.map(e => (
        <Alert
          key={e.entityRef}
          severity="error"
          style={{ marginBottom: 8 }}
          data-testid="next-steps-error"
        >
          Next_Steps file of <EntityRefLink entityRef={e.entityRef} /> not read
          ({e.location}): {e.error}. Its blockers stay as they were until a read
          succeeds.
        </Alert>
      ))}
      {!value?.items.length && (
        <Typography variant="body2" color="textSecondary">
          No open blockers.
        </Typography>
      )}
      {value?.items.map(b => (
        <Box key={b.id} mb={2} component="article" aria-label={b.title}>
          <Box display="flex" alignItems="center" style={{ gap: 8 }}>
            <Typography variant="subtitle1">{b.title}</Typography>
            {!props.entityRef && <EntityRefLink entityRef={b.entityRef} />}
            {b.source === 'next-steps' && (
              <Typography variant="caption">(from Next_Steps.md)</Typography>
            )}
            {canWrite && !b.resolvedAt && (
              <Button size="small" onClick={() => setResolving(b)}>
                Resolve
              </Button>
            )}
          </Box>
          <EscalationTimeline blocker={b} />
        </Box>
      ))}
      {raising && props.entityRef && (
        <TextDialog
          title="Raise a blocker"
          fields={[
            { label: 'Title' },
            { label: 'Description', multiline: true },
          ]}
          submitLabel="Raise"
          onClose={() => setRaising(false)}
          onSubmit={async ([title, description]) => {
            await api.raiseBlocker({
              entityRef: props.entityRef!,
              title,
              description,
            });
            setRaising(false);
            retry();
          }}
        />
      )}
      {resolving && (
        <TextDialog
          title={`Resolve: ${resolving.title}`}
          fields={[{ label: 'Resolution' }]}
          submitLabel="Resolve"
          onClose={() => setResolving(undefined)}
          onSubmit={async ([resolution]) => {
            await api
              .resolveBlocker(resolving.id, {
                resolution,
                version: resolving.version,
              })
              .catch(e => {
                alertApi.post({
                  message: (e as Error).message,
                  severity: 'error',
                  display: 'transient',
                });
                throw e;
              });
            setResolving(undefined);
            retry();
          }}
        />
      )}
    </InfoCard>
  );
}
