import { PlainError } from '../PlainError';
import { EmptyState, InfoCard, Progress } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  ActionItem,
  ActionItemStatus,
  CreateActionItemRequest,
  devexActionItemCreatePermission,
  devexActionItemDeletePermission,
  devexActionItemUpdatePermission,
  ListActionItemsQuery,
} from '@devex-governance/backstage-plugin-devex-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import AddIcon from '@material-ui/icons/Add';
import { ReactNode, useState } from 'react';
import { devexApiRef } from '../../api';
import { useActionItems } from '../../hooks/useActionItems';
import { ActionItemDialog } from '../ActionItemDialog';
import { ActionItemsTable } from '../ActionItemsTable';
import { TextDialog } from '../TextDialog';

export interface ActionItemsCardProps {
  query: ListActionItemsQuery;
  /** New items belong to this entity; without it the dialog asks for one. */
  entityRef?: string;
  title?: string;
  showEntity?: boolean;
  /** Filters shown above the table. */
  filters?: ReactNode;
  /** Changing it reloads the items, e.g. after one was added elsewhere on the page. */
  reloadToken?: number;
}

type DialogState =
  | { mode: 'closed' }
  | { mode: 'add' }
  | { mode: 'edit'; item: ActionItem };

/** Action items for a query, with add, edit, quick status change and delete, each as permitted. */
export function ActionItemsCard(props: ActionItemsCardProps) {
  const { query, entityRef, title = 'Action items' } = props;
  const api = useApi(devexApiRef);
  const alertApi = useApi(alertApiRef);
  const { items, loading, error, retry, hasMore, loadMore } = useActionItems(
    query,
    props.reloadToken,
  );
  const canCreate = usePermission({
    permission: devexActionItemCreatePermission,
    resourceRef: entityRef,
  }).allowed;
  const canUpdate = usePermission({
    permission: devexActionItemUpdatePermission,
    resourceRef: entityRef,
  }).allowed;
  const canDelete = usePermission({
    permission: devexActionItemDeletePermission,
    resourceRef: entityRef,
  }).allowed;
  const [dialog, setDialog] = useState<DialogState>({ mode: 'closed' });
  const [deleting, setDeleting] = useState<ActionItem>();

  const report = (e: unknown) =>
    alertApi.post({
      message: (e as Error).message,
      severity: 'error',
      display: 'transient',
    });

  const changeStatus = async (item: ActionItem, status: ActionItemStatus) => {
    try {
      await api.updateActionItem(item.id, { version: item.version, status });
    } catch (e) {
      report(e);
    }
    retry();
  };

  const save = async (values: CreateActionItemRequest) => {
    if (dialog.mode === 'edit') {
      await api.updateActionItem(dialog.item.id, {
        ...values,
        version: dialog.item.version,
      });
    } else {
      await api.createActionItem(values);
    }
    setDialog({ mode: 'closed' });
    retry();
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await api.deleteActionItem(deleting.id);
    } catch (e) {
      report(e);
    }
    setDeleting(undefined);
    retry();
  };

  let content: ReactNode;
  if (error) {
    content = <PlainError error={error} />;
  } else if (!items) {
    content = <Progress />;
  } else {
    content = (
      <>
        <ActionItemsTable
          items={items}
          loading={loading}
          showEntity={props.showEntity}
          canUpdate={canUpdate}
          canDelete={canDelete}
          onEdit={item => setDialog({ mode: 'edit', item })}
          onDelete={setDeleting}
          onStatusChange={changeStatus}
          emptyContent={
            <EmptyState
              missing="data"
              title="No action items"
              description={
                canCreate
                  ? 'Add the follow-ups agreed in the forum or the monthly sync, each with an owner and a due date.'
                  : 'Nothing to follow up here.'
              }
            />
          }
        />
        {hasMore && (
          <Box display="flex" justifyContent="center" mt={1}>
            <Button onClick={() => loadMore().catch(report)}>Load more</Button>
          </Box>
        )}
      </>
    );
  }

  return (
    <InfoCard
      title={title}
      action={
        canCreate && (
          <Box mt={1} mr={1}>
            <Button
              color="primary"
              variant="contained"
              startIcon={<AddIcon />}
              onClick={() => setDialog({ mode: 'add' })}
            >
              Add action item
            </Button>
          </Box>
        )
      }
    >
      {props.filters}
      {content}
      {dialog.mode !== 'closed' && (
        <ActionItemDialog
          open
          item={dialog.mode === 'edit' ? dialog.item : undefined}
          entityRef={entityRef}
          onClose={() => setDialog({ mode: 'closed' })}
          onSubmit={save}
        />
      )}
      {deleting && (
        <TextDialog
          title="Delete action item?"
          text={`"${deleting.title}" will be deleted for everyone.`}
          submitLabel="Delete"
          destructive
          onClose={() => setDeleting(undefined)}
          onSubmit={confirmDelete}
        />
      )}
    </InfoCard>
  );
}
