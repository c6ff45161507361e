import { ResponseError } from '@backstage/errors';
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { PlainError, plainErrorMessage } from './PlainError';

const answered = async (status: number, message: string) =>
  ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name: 'Error', message, stack: 'at /srv/app/x.js:1' },
        response: { statusCode: status },
      }),
      { status, headers: { 'Content-Type': 'application/json' } },
    ) as any,
  );

describe('plainErrorMessage', () => {
  it('says what a reader can act on, in words, per kind of failure', async () => {
    expect(
      plainErrorMessage(await answered(403, 'denied'), 'this runbook'),
    ).toBe('You do not have access to this runbook.');
    expect(plainErrorMessage(await answered(404, 'nope'), 'this runbook')).toBe(
      'This runbook was not found.',
    );
    expect(
      plainErrorMessage(
        await answered(400, 'dueDate must be a date'),
        'the action item',
      ),
    ).toBe('The action item could not be shown: dueDate must be a date');
    expect(
      plainErrorMessage(new TypeError('Failed to fetch'), 'the list'),
    ).toBe(
      'The list could not be loaded: the portal did not answer. Check your connection and try again.',
    );
  });
});

describe('PlainError', () => {
  it("shows a server failure without the server's words, stack or paths, with the source to read instead", async () => {
    await renderInTestApp(
      <PlainError
        error={await answered(500, 'Request failed with 500 at /srv/app')}
        what="this runbook"
        source={{
          url: 'https://github.com/acme/hotpass/blob/main/RUNBOOK.md',
          label: 'Read it at its source',
        }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      "This runbook could not be loaded: the portal's server answered with an error (500).",
    );
    expect(alert).not.toHaveTextContent('/srv/app');
    expect(
      screen.getByRole('link', { name: /Read it at its source/ }),
    ).toHaveAttribute(
      'href',
      'https://github.com/acme/hotpass/blob/main/RUNBOOK.md',
    );
  });
});
