import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  ActionItem,
  CreateActionItemRequest,
  ListActionItemsQuery,
  ListActionItemsResponse,
  UpdateActionItemRequest,
} from '@internal/backstage-plugin-devex-common';
import { DevexApi } from './DevexApi';

/** Talks to the devex backend through discovery and the app's authenticated fetch. */
export class DevexClient implements DevexApi {
  constructor(
    private readonly options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  async listActionItems(query: ListActionItemsQuery): Promise<ListActionItemsResponse> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      for (const v of Array.isArray(value) ? value : [value]) {
        if (v !== undefined && v !== '') {
          params.append(key, String(v));
        }
      }
    }
    const qs = params.toString();
    return this.request(`/action-items${qs ? `?${qs}` : ''}`);
  }

  getActionItem(id: string): Promise<ActionItem> {
    return this.request(`/action-items/${encodeURIComponent(id)}`);
  }

  createActionItem(request: CreateActionItemRequest): Promise<ActionItem> {
    return this.request('/action-items', { method: 'POST', body: request });
  }

  updateActionItem(id: string, request: UpdateActionItemRequest): Promise<ActionItem> {
    return this.request(`/action-items/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: request,
    });
  }

  async deleteActionItem(id: string): Promise<void> {
    await this.request(`/action-items/${encodeURIComponent(id)}`, { method: 'DELETE' });
  }

  private async request<T>(
    path: string,
    init: { method?: string; body?: unknown } = {},
  ): Promise<T> {
    const baseUrl = await this.options.discoveryApi.getBaseUrl('devex');
    const response = await this.options.fetchApi.fetch(`${baseUrl}${path}`, {
      method: init.method ?? 'GET',
      headers: init.body ? { 'Content-Type': 'application/json' } : undefined,
      body: init.body ? JSON.stringify(init.body) : undefined,
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
}
