import { stringifyEntityRef } from '@backstage/catalog-model';
import { Content } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useMemo } from 'react';
import { ActionItemsCard } from '../ActionItemsCard';
import { ExperimentScorecards } from '../ExperimentScorecards';

/** The DevEx tab of a catalog entity: its experiments' scorecards and its action items. */
export function EntityDevexContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const query = useMemo(() => ({ entityRef }), [entityRef]);
  return (
    <Content noPadding>
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <Typography variant="h5" component="h2" gutterBottom>
            Experiments
          </Typography>
          <ExperimentScorecards query={query} />
        </Grid>
        <Grid item xs={12}>
          <ActionItemsCard query={query} entityRef={entityRef} />
        </Grid>
      </Grid>
    </Content>
  );
}
