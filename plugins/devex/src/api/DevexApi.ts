import { createApiRef } from '@backstage/core-plugin-api';
import {
  ActionItem,
  CreateActionItemRequest,
  ListActionItemsQuery,
  ListActionItemsResponse,
  UpdateActionItemRequest,
} from '@internal/backstage-plugin-devex-common';

/** The DevEx backend, as the frontend sees it. */
export interface DevexApi {
  listActionItems(query: ListActionItemsQuery): Promise<ListActionItemsResponse>;
  getActionItem(id: string): Promise<ActionItem>;
  createActionItem(request: CreateActionItemRequest): Promise<ActionItem>;
  updateActionItem(id: string, request: UpdateActionItemRequest): Promise<ActionItem>;
  deleteActionItem(id: string): Promise<void>;
}

/** @public */
export const devexApiRef = createApiRef<DevexApi>({ id: 'plugin.devex.api' });
