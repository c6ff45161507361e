import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { FollowableLink } from './FollowableLink';

// A link stored before the API refused other schemes.
const SCRIPT_URL = 'javascript:alert(document.cookie)'; // eslint-disable-line no-script-url

describe('FollowableLink', () => {
  it('follows http(s) links and portal paths', async () => {
    await renderInTestApp(
      <>
        <FollowableLink url="https://grafana.example.com/d/x">
          Dashboard
        </FollowableLink>
        <FollowableLink url="/docs/default/component/hotpass">
          Runbook
        </FollowableLink>
      </>,
    );
    expect(screen.getByRole('link', { name: /^Dashboard/ })).toHaveAttribute(
      'href',
      'https://grafana.example.com/d/x',
    );
    expect(screen.getByRole('link', { name: 'Runbook' })).toHaveAttribute(
      'href',
      '/docs/default/component/hotpass',
    );
  });

  it('shows a stored javascript: URL as text, not as a link', async () => {
    await renderInTestApp(
      <FollowableLink url={SCRIPT_URL}>Retro</FollowableLink>,
    );
    expect(screen.getByText('Retro')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Retro' })).toBeNull();
  });
});
