import { ReadableCells, WholeValue } from '../ReadableTable';
import { ACTION_ITEM_STATUSES } from '@devex-governance/backstage-plugin-devex-common';
import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { PersonLink } from '../PersonLink';
import {
  ActionItem,
  ActionItemStatus,
  devexActionItemStatusUpdatePermission,
} from '@devex-governance/backstage-plugin-devex-common';
import { usePermission } from '@backstage/plugin-permission-react';
import IconButton from '@material-ui/core/IconButton';
import TextField from '@material-ui/core/TextField';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import DeleteIcon from '@material-ui/icons/Delete';
import EditIcon from '@material-ui/icons/Edit';
import { ReactNode } from 'react';
import { DueDate } from '../DueDate';
import { optionsOf, labelOf } from '../labels';

export interface ActionItemsTableProps {
  items: ActionItem[];
  loading?: boolean;
  /** Show the entity column (on the portfolio page). */
  showEntity?: boolean;
  canUpdate: boolean;
  canDelete: boolean;
  onEdit: (item: ActionItem) => void;
  onDelete: (item: ActionItem) => void;
  onStatusChange: (item: ActionItem, status: ActionItemStatus) => void;
  emptyContent?: ReactNode;
}

/**
 * An item's status, changeable in place by those who may update the item or, for its status
 * alone, by its owner (asked per item only when the card's permission does not cover it).
 */
function StatusCell(props: {
  item: ActionItem;
  canUpdate: boolean;
  onStatusChange: (item: ActionItem, status: ActionItemStatus) => void;
}) {
  const { item, canUpdate, onStatusChange } = props;
  const asOwner = usePermission({
    permission: devexActionItemStatusUpdatePermission,
    resourceRef: canUpdate ? undefined : `action-item:${item.id}`,
  }).allowed;
  if (!canUpdate && !asOwner) return <>{labelOf(item.status)}</>;
  return (
    <TextField
      select
      value={item.status}
      onChange={e => onStatusChange(item, e.target.value as ActionItemStatus)}
      SelectProps={{ native: true }}
      inputProps={{ 'aria-label': `Status of ${item.title}` }}
    >
      {optionsOf(ACTION_ITEM_STATUSES).map(o => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </TextField>
  );
}

/** Action items as a table: title, owner, due date, status (changeable in place) and source. */
export function ActionItemsTable(props: ActionItemsTableProps) {
  const { items, canUpdate, canDelete, onEdit, onDelete, onStatusChange } =
    props;

  const columns: TableColumn<ActionItem>[] = [
    {
      title: 'Title',
      field: 'title',
      highlight: true,
      render: item => (
        <>
          <Typography variant="body2" style={{ fontWeight: 500 }}>
            {item.title}
          </Typography>
          {item.description && (
            <Typography variant="caption" color="textSecondary">
              {item.description}
            </Typography>
          )}
        </>
      ),
    },
    ...(props.showEntity
      ? [
          {
            title: 'Entity',
            field: 'entityRef',
            render: (item: ActionItem) => (
              <EntityRefLink entityRef={item.entityRef} />
            ),
          },
        ]
      : []),
    {
      title: 'Owner',
      field: 'owner',
      render: item => <PersonLink entityRef={item.owner} defaultKind="group" />,
    },
    {
      title: 'Due',
      field: 'dueDate',
      render: item => <DueDate dueDate={item.dueDate} status={item.status} />,
    },
    {
      title: 'Status',
      field: 'status',
      render: item => (
        <StatusCell
          item={item}
          canUpdate={canUpdate}
          onStatusChange={onStatusChange}
        />
      ),
    },
    {
      title: 'Source',
      field: 'source',
      render: item => (
        <>
          {labelOf(item.source)}
          {item.sourceId && (
            <Typography variant="caption" color="textSecondary" component="div">
              <WholeValue>{item.sourceId}</WholeValue>
            </Typography>
          )}
        </>
      ),
    },
  ];
  if (canUpdate || canDelete) {
    columns.push({
      title: '',
      field: 'id',
      sorting: false,
      render: item => (
        <>
          {canUpdate && (
            <Tooltip title="Edit">
              <IconButton
                size="small"
                aria-label={`Edit ${item.title}`}
                onClick={() => onEdit(item)}
              >
                <EditIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          )}
          {canDelete && (
            <Tooltip title="Delete">
              <IconButton
                size="small"
                aria-label={`Delete ${item.title}`}
                onClick={() => onDelete(item)}
              >
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          )}
        </>
      ),
    });
  }

  return (
    <ReadableCells>
      <Table<ActionItem>
        isLoading={props.loading}
        options={{
          paging: false,
          search: false,
          padding: 'dense',
          toolbar: false,
          // column dragging nests the sort buttons in an unnamed button (axe: nested-interactive)
          draggable: false,
        }}
        columns={columns}
        data={items}
        emptyContent={props.emptyContent}
      />
    </ReadableCells>
  );
}
