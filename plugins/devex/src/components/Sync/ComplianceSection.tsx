import Grid from '@material-ui/core/Grid';
import { useState } from 'react';
import { WaiversCard } from '../Waivers';
import { SyncPortfolio, SyncRatioCard } from './SyncRatioCard';

/**
 * The compliance section: the evidence sync ratio with its drill-down, the waivers, and on the
 * page the ratio per owner group. A waiver requested or decided in one card reloads the other.
 */
export function ComplianceSection(props: { entityRef?: string }) {
  const [waiversVersion, setWaiversVersion] = useState(0);
  const changed = () => setWaiversVersion(v => v + 1);
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <SyncRatioCard
          entityRef={props.entityRef}
          title={props.entityRef ? undefined : 'Evidence sync (portal)'}
          reloadKey={waiversVersion}
          onWaiverChange={changed}
        />
      </Grid>
      <Grid item xs={12}>
        <WaiversCard
          entityRef={props.entityRef}
          reloadKey={waiversVersion}
          onChanged={changed}
        />
      </Grid>
      {!props.entityRef && (
        <Grid item xs={12}>
          <SyncPortfolio />
        </Grid>
      )}
    </Grid>
  );
}
