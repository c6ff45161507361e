import { Header, Page } from '@backstage/core-components';
import { DevexPortfolio } from './DevexPortfolio';

/** The DevEx page with its own header, for apps on the legacy frontend system. */
export function DevexPage() {
  return (
    <Page themeId="tool">
      <Header
        title="DevEx governance"
        subtitle="Action items, experiments and the governance calendar"
      />
      <DevexPortfolio />
    </Page>
  );
}
