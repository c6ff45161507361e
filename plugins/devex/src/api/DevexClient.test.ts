import { ResponseError } from '@backstage/errors';
import { DevexClient } from './DevexClient';

/** A client whose fetch records each request and answers with what the test gives. */
function clientAnswering(answer: (request: Request) => Response) {
  const requests: Request[] = [];
  const client = new DevexClient({
    discoveryApi: {
      getBaseUrl: async () => 'http://backend.example.com/api/devex',
    },
    fetchApi: {
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        // as the app's fetch middleware does: each step builds a Request of what it was given
        const seenByMiddleware = new Request(input, init);
        const request = new Request(input, init);
        requests.push(request);
        expect(seenByMiddleware.method).toBe(request.method);
        return answer(request);
      },
    },
  });
  return { client, requests };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

describe('DevexClient', () => {
  it('builds paths, queries and bodies from the spec: repeated keys for lists, no empty values', async () => {
    const { client, requests } = clientAnswering(() =>
      json({ items: [], nextCursor: null }),
    );
    await client.listActionItems({
      owner: ['group:default/qa', 'group:default/sre'],
      status: ['open'],
      entityRef: '',
      mine: true,
    });
    expect(requests[0].method).toBe('GET');
    expect(requests[0].url).toBe(
      'http://backend.example.com/api/devex/action-items?owner=group%3Adefault%2Fqa&owner=group%3Adefault%2Fsre&status=open&mine=true',
    );

    const forum = clientAnswering(() => json({ id: 'o1' }, 201));
    await forum.client.recordForumNote('monthly_sync:2026-12-01', {
      step: 'Track active experiments',
      text: 'Keep going',
    });
    const [post] = forum.requests;
    expect(post.method).toBe('POST');
    expect(post.url).toBe(
      'http://backend.example.com/api/devex/forums/monthly_sync%3A2026-12-01/notes',
    );
    expect(post.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await post.json()).toEqual({
      step: 'Track active experiments',
      text: 'Keep going',
    });
  });

  it('reads text answers as text and turns an error into a ResponseError with the server message', async () => {
    const { client } = clientAnswering(request =>
      request.url.endsWith('minutes.md')
        ? new Response('# Minutes', {
            headers: { 'Content-Type': 'text/markdown' },
          })
        : json(
            {
              error: { name: 'NotAllowedError', message: 'Not yours' },
              request: { method: 'DELETE', url: '/action-items/a1' },
              response: { statusCode: 403 },
            },
            403,
          ),
    );
    expect(await client.getForumMinutesMarkdown('f1')).toBe('# Minutes');
    const refused = client.deleteActionItem('a1');
    await expect(refused).rejects.toBeInstanceOf(ResponseError);
    await expect(refused).rejects.toMatchObject({
      body: { error: { message: 'Not yours' } },
    });
  });
});
