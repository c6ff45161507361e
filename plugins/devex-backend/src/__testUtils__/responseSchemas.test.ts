import request from 'supertest';
import { createDevexTestDatabases } from './testDatabases';
import { startDevexBackend } from './startDevexBackend';
import {
  checkedResponses,
  checkResponseBody,
  takeResponseViolations,
} from './responseSchemas';

jest.setTimeout(60_000);

describe('the response check against openapi.yaml', () => {
  const databases = createDevexTestDatabases();
  afterEach(() => takeResponseViolations());

  it('passes a body that matches its operation and names what drifts in one that does not', () => {
    checkResponseBody(
      'GET',
      '/api/devex/action-items?limit=5',
      200,
      JSON.stringify({ items: [] }),
    );
    expect(takeResponseViolations()).toEqual([]);

    checkResponseBody(
      'GET',
      '/api/devex/action-items',
      200,
      JSON.stringify({ items: [{ title: 5 }] }),
    );
    const [violation] = takeResponseViolations();
    expect(violation).toMatch(/^GET \/action-items -> 200: response\/items\/0/);

    checkResponseBody('GET', '/api/devex/no-such-thing', 200, '{}');
    expect(takeResponseViolations()).toEqual([
      'GET /no-such-thing -> 200: no such operation in openapi.yaml',
    ]);
  });

  it.each(databases.eachSupportedId())(
    'runs on every response of the test backends on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const { server } = await startDevexBackend(knex);
      const before = checkedResponses();
      await request(server).get('/api/devex/action-items').expect(200);
      await request(server).get('/api/devex/success-measures').expect(200);
      expect(checkedResponses()).toBe(before + 2);
    },
  );
});
