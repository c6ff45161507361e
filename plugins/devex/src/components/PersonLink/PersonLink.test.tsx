import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { PersonLink } from './PersonLink';

describe('PersonLink', () => {
  const mountedRoutes = {
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
  };

  it('shows a person whose data was erased as "former user", without a link', async () => {
    await renderInTestApp(
      <PersonLink entityRef="user:default/former-user" defaultKind="user" />,
      mountedRoutes,
    );
    expect(screen.getByText('former user')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('links anyone else to their catalog page', async () => {
    await renderInTestApp(
      <PersonLink entityRef="user:default/jane" defaultKind="user" />,
      mountedRoutes,
    );
    expect(screen.getByRole('link', { name: /jane/ })).toBeInTheDocument();
  });
});
