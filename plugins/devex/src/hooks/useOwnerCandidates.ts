import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import {
  catalogApiRef,
  humanizeEntityRef,
} from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';

export interface OwnerCandidate {
  ref: string;
  label: string;
}

/** Users and groups of the catalog, the people an action item can be given to. */
export function useOwnerCandidates() {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async (): Promise<OwnerCandidate[]> => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: ['Group', 'User'] },
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'spec.profile.displayName',
      ],
    });
    return items
      .map(entity => {
        const ref = stringifyEntityRef(entity);
        const title =
          (entity.spec?.profile as { displayName?: string } | undefined)
            ?.displayName ?? entity.metadata.title;
        const name = humanizeEntityRef(entity, { defaultKind: entity.kind });
        return { ref, label: title ? `${title} (${name})` : name };
      })
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [catalogApi]);
}
