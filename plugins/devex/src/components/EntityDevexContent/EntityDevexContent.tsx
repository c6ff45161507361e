import { stringifyEntityRef } from '@backstage/catalog-model';
import { Content } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import { useMemo } from 'react';
import { ActionItemsCard } from '../ActionItemsCard';

/** The DevEx tab of a catalog entity. */
export function EntityDevexContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const query = useMemo(() => ({ entityRef }), [entityRef]);
  return (
    <Content noPadding>
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <ActionItemsCard query={query} entityRef={entityRef} />
        </Grid>
      </Grid>
    </Content>
  );
}
