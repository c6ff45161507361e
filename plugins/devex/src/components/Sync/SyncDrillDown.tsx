import { ReadableCells, ReadableText } from '../ReadableTable';
import { formatDay } from '../dates';
import { Link, Table, TableColumn } from '@backstage/core-components';
import { PersonLink } from '../PersonLink';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  devexWaiverRequestPermission,
  RemediationSyncStatus,
} from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { devexApiRef } from '../../api';
import { stateLabels } from './stateLabels';
import { FollowableLink } from '../FollowableLink';
import { RequestWaiverDialog, WaiverChip } from '../Waivers';

/** The item's waiver, or a button to request one for the owners of its entity. */
function WaiverCell(props: {
  status: RemediationSyncStatus;
  onRequested: () => void;
}) {
  const { item, waiver } = props.status;
  const api = useApi(devexApiRef);
  const [requesting, setRequesting] = useState(false);
  const canRequest = usePermission({
    permission: devexWaiverRequestPermission,
    resourceRef: item.entityRef,
  }).allowed;
  if (waiver) return <WaiverChip waiver={waiver} />;
  if (!canRequest) return null;
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        aria-label={`Request waiver for ${item.id}`}
        onClick={() => setRequesting(true)}
      >
        Request waiver
      </Button>
      {requesting && (
        <RequestWaiverDialog
          subjectType="remediation_item"
          subjectId={item.id}
          subjectTitle={item.title}
          onClose={() => setRequesting(false)}
          onSubmit={async request => {
            await api.requestWaiver(request);
            setRequesting(false);
            props.onRequested();
          }}
        />
      )}
    </>
  );
}

const PAGE_SIZE = 10;

const columnsOf = (
  onWaiverChange: () => void,
): TableColumn<RemediationSyncStatus>[] => [
  {
    title: 'Item',
    field: 'item.id',
    highlight: true,
    customFilterAndSearch: (term, s) =>
      `${s.item.id} ${s.item.title} ${s.item.framework}`
        .toLocaleLowerCase('en-US')
        .includes(String(term).toLocaleLowerCase('en-US')),
    render: s => (
      <>
        {s.item.sourceLocation ? (
          <Link to={s.item.sourceLocation}>{s.item.id}</Link>
        ) : (
          <strong>{s.item.id}</strong>
        )}{' '}
        {s.item.title}
        <Typography variant="caption" component="div" color="textSecondary">
          {s.item.framework} · {s.item.riskLevel} risk
          {s.item.dueDate ? ` · due ${formatDay(s.item.dueDate)}` : ''}
        </Typography>
      </>
    ),
  },
  {
    title: 'Owner',
    field: 'item.owner',
    render: s => <PersonLink entityRef={s.item.owner} defaultKind="group" />,
  },
  {
    title: 'State',
    field: 'state',
    // "Synced by hand" stays on one line however narrow the card
    cellStyle: { whiteSpace: 'nowrap' },
    render: s => stateLabels[s.state],
  },
  {
    title: 'Reason',
    field: 'reason',
    sorting: false,
    render: item => <ReadableText text={item.reason ?? ''} />,
  },
  {
    title: 'Evidence',
    sorting: false,
    render: s =>
      s.evidence.map(e => (
        <div key={`${e.providerId}/${e.id}`}>
          {e.url ? (
            <FollowableLink url={e.url}>{e.title}</FollowableLink>
          ) : (
            e.title
          )}
        </div>
      )),
  },
  {
    title: 'Waiver',
    sorting: false,
    cellStyle: { whiteSpace: 'nowrap' },
    render: s => <WaiverCell status={s} onRequested={onWaiverChange} />,
  },
];

/**
 * The items of a scope that are not synced automatically, with the reason and the evidence found:
 * sortable, searchable, and paged once there are more than ten.
 */
export function SyncDrillDown(props: {
  items: RemediationSyncStatus[];
  /** A waiver was requested: reload the overview. */
  onWaiverChange: () => void;
}) {
  return (
    <Box role="region" aria-label="Items not synced automatically">
      <ReadableCells>
        <Table<RemediationSyncStatus>
          title="Items not synced automatically"
          options={{
            padding: 'dense',
            search: true,
            paging: props.items.length > PAGE_SIZE,
            pageSize: PAGE_SIZE,
            draggable: false,
          }}
          columns={columnsOf(props.onWaiverChange)}
          data={props.items}
        />
      </ReadableCells>
    </Box>
  );
}
