import { PlainError } from '../PlainError';
import { formatDay } from '../dates';
import {
  EmptyState,
  InfoCard,
  Link,
  Progress,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  CreateActionItemRequest,
  devexActionItemCreatePermission,
  Occurrence,
  RunbookLink,
} from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import EventIcon from '@material-ui/icons/Event';
import { DateTime } from 'luxon';
import { useMemo, useState } from 'react';
import { devexApiRef } from '../../api';
import { useOccurrences } from '../../hooks/useOccurrences';
import { useRunbookStatus } from '../../hooks/useDevexApi';
import { RunbookChecks } from '../Runbooks';
import { ActionItemDialog } from '../ActionItemDialog';
import { OccurrenceItem } from './OccurrenceItem';
import { actionItemSourceOf, titleOf } from './presentation';

/** Subscribes a calendar app to the feed: fetches the signed URL, then opens it. */
export function SubscribeButton(props: { entityRef?: string }) {
  const api = useApi(devexApiRef);
  const alertApi = useApi(alertApiRef);
  const [url, setUrl] = useState<string>();
  if (url) {
    // webcal:// makes calendar apps offer to subscribe; the link can also be copied.
    return (
      <Link
        to={url.replace(/^https?:\/\//, 'webcal://')}
        aria-label="iCalendar feed URL"
        title={url}
      >
        Calendar feed link
      </Link>
    );
  }
  return (
    <Button
      startIcon={<EventIcon />}
      onClick={() =>
        api.getCalendarFeedUrl(props.entityRef).then(setUrl, e =>
          alertApi.post({
            message: (e as Error).message,
            severity: 'error',
            display: 'transient',
          }),
        )
      }
    >
      Subscribe (iCal)
    </Button>
  );
}

/** The first occurrence of each cadence, soonest first: the forum shows even with busy months ahead. */
function nextOfEachCadence(occurrences: Occurrence[]): Occurrence[] {
  const seen = new Set<string>();
  return occurrences.filter(
    o => !seen.has(o.cadenceId) && seen.add(o.cadenceId),
  );
}

/**
 * The next governance events that concern an entity, with "create action item from this meeting"
 * and the entity's runbooks; the runbook-update ritual shows which changed since its last
 * occurrence.
 */
export function UpcomingGovernanceCard(props: {
  entityRef: string;
  runbooks: RunbookLink[];
  /** Where a runbook opens in the portal; undefined for one the portal does not render. */
  runbookHref?: (url: string) => string | undefined;
  onActionItemCreated?: () => void;
  limit?: number;
}) {
  const { entityRef, limit = 8 } = props;
  const api = useApi(devexApiRef);
  const range = useMemo(() => {
    // to the minute: every view of the minute asks the same, which the backend computes once
    const now = DateTime.local().startOf('minute');
    return {
      from: now.toISO()!,
      to: now.plus({ days: 120 }).toISO()!,
      entityRef,
    };
  }, [entityRef]);
  const { value, loading, error, retry } = useOccurrences(range);
  const canCreate = usePermission({
    permission: devexActionItemCreatePermission,
    resourceRef: entityRef,
  }).allowed;
  const [meeting, setMeeting] = useState<Occurrence>();
  const runbookChecks = useRunbookStatus(entityRef, props.runbooks.length > 0);
  const runbookHref = (url: string) => props.runbookHref?.(url);

  const create = async (request: CreateActionItemRequest) => {
    await api.createActionItem(request);
    setMeeting(undefined);
    retry();
    props.onActionItemCreated?.();
  };

  let content;
  if (error) content = <PlainError error={error} />;
  else if (loading && !value) content = <Progress />;
  else if (!value?.length)
    content = (
      <EmptyState
        missing="data"
        title="No governance events in the next 120 days"
      />
    );
  else
    content = nextOfEachCadence(value)
      .slice(0, limit)
      .map(o => (
        <OccurrenceItem
          key={o.id}
          occurrence={o}
          onCreateActionItem={canCreate ? setMeeting : undefined}
          runbookHref={o.runbookUrl ? runbookHref(o.runbookUrl) : undefined}
        >
          {o.type === 'runbook_update' && props.runbooks.length > 0 && (
            <RunbookChecks {...runbookChecks} runbookHref={runbookHref} />
          )}
        </OccurrenceItem>
      ));

  return (
    <InfoCard
      title="Governance calendar"
      action={
        <Box mt={1} mr={1}>
          <SubscribeButton entityRef={entityRef} />
        </Box>
      }
    >
      {props.runbooks.length > 0 && (
        <Box
          mb={1}
          display="flex"
          flexWrap="wrap"
          style={{ gap: 16 }}
          aria-label="Runbooks"
        >
          {props.runbooks.map(r => (
            <Link key={r.url} to={runbookHref(r.url) ?? r.url}>
              Runbook: {r.title}
            </Link>
          ))}
        </Box>
      )}
      {content}
      {meeting && (
        <ActionItemDialog
          open
          entityRef={entityRef}
          defaults={{
            source: actionItemSourceOf(meeting.type),
            sourceId: meeting.id,
            description: `From ${titleOf(meeting)}, ${formatDay(
              meeting.start,
            )}`,
          }}
          onClose={() => setMeeting(undefined)}
          onSubmit={create}
        />
      )}
    </InfoCard>
  );
}
