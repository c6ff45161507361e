import request from 'supertest';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { startDevexBackend } from '../__testUtils__/startDevexBackend';

jest.setTimeout(120_000);

const experiment = {
  key: 'EXP-9',
  title: 'Parallel QA',
  hypothesis: 'Running the QA suite in parallel halves the feedback loop.',
  owner: 'group:default/qa',
  entityRefs: ['component:default/hotpass'],
  metrics: [
    { metricKey: 'devex.qa_loop_duration', target: 20, comparator: 'lte' },
  ],
};
const risk = {
  key: 'R-009',
  title: 'Flaky staging',
  impact: 3,
  likelihood: 4,
  owner: 'group:default/qa',
};

describe('concurrent creates of the same record', () => {
  const databases = createDevexTestDatabases();

  it.each(databases.eachSupportedId())(
    'answer one 2xx and 409 for the others, never a 500, and write one row, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const { server, count } = await startDevexBackend(knex);
      const five = (send: () => request.Test) =>
        Promise.all(Array.from({ length: 5 }, send)).then(rs =>
          rs.map(r => r.status).sort(),
        );

      expect(
        await five(() =>
          request(server).post('/api/devex/experiments').send(experiment),
        ),
      ).toEqual([201, 409, 409, 409, 409]);
      expect(await count('devex_experiments')).toBe(1);

      expect(
        await five(() => request(server).post('/api/devex/risks').send(risk)),
      ).toEqual([201, 409, 409, 409, 409]);
      expect(await count('devex_risks')).toBe(1);

      const url = `/api/devex/calendar/occurrences/${encodeURIComponent(
        'monthly-sync:2026-12-01',
      )}/record`;
      expect(
        await five(() => request(server).put(url).send({ status: 'held' })),
      ).toEqual([200, 409, 409, 409, 409]);
      expect(await count('devex_occurrence_records')).toBe(1);
    },
  );
});
