import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import request from 'supertest';
import { createDevexTestDatabases } from '../tests/testDatabases';
import { startDevexBackend } from '../tests/startDevexBackend';

jest.setTimeout(90_000);

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

describe('the metrics digest', () => {
  const databases = createDevexTestDatabases();

  it.each(databases.eachSupportedId())('goes out once per period with two backend instances on one database, and previews and sends on demand on %p', async databaseId => {
    const knex: Knex = await databases.init(databaseId);
    const a = await startDevexBackend(knex);
    const b = await startDevexBackend(knex);
    const count = async () => Number((await knex('devex_digest_sends').count({ n: '*' }))[0].n);
    for (let i = 0; i < 50 && (await count()) === 0; i++) await sleep(200);
    await sleep(1500);
    expect(await count()).toBe(1);
    const digests = [...a.sent, ...b.sent].filter(n => n.payload.topic === 'devex-digest');
    expect(digests).toHaveLength(1);
    expect(digests[0].recipients).toEqual({ type: 'entity', entityRef: ['group:default/developer-productivity-guild'] });
    expect(digests[0].payload.description).toContain('Success measures:');
    expect(digests[0].payload.description).toContain('Evidence sync:');

    await request(a.server)
      .post('/api/devex/action-items')
      .send({ title: 'Export consent logs', entityRef: 'component:default/hotpass', owner: 'group:default/compliance', dueDate: '2001-01-01' })
      .expect(201);
    const preview = (await request(a.server).get('/api/devex/digest/preview').expect(200)).body;
    expect(preview.sections.map((s: any) => s.title)).toEqual([
      'Success measures', 'Experiments at risk or off track', 'Overdue action items', 'Evidence sync', 'Next governance events',
    ]);
    expect(preview.sections[2].lines).toEqual([
      { text: 'Export consent logs (group:default/compliance, due 2001-01-01)', link: '/catalog/default/component/hotpass/devex' },
    ]);
    expect(preview.recipients).toEqual(['group:default/developer-productivity-guild', 'group:default/compliance']);

    await request(a.server).post('/api/devex/digest/send').expect(200);
    expect(a.sent.filter(n => n.payload.topic === 'devex-digest').length + b.sent.filter(n => n.payload.topic === 'devex-digest').length).toBe(2);
    expect(await count()).toBe(1);

    const denied = await startDevexBackend(knex, { permission: AuthorizeResult.DENY });
    expect((await request(denied.server).post('/api/devex/digest/send')).status).toBe(403);
  });
});
