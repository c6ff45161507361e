import { Knex } from 'knex';
import { escalationFixture } from '../__testUtils__/escalationWithReader';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { DateTime } from 'luxon';
import { applyDatabaseMigrations } from '../database/migrations';
import { createDevexTestDatabases } from '../__testUtils__/testDatabases';
import { EscalationSettings } from './EscalationService';

jest.setTimeout(60_000);

const zone = 'Africa/Johannesburg';
const caller = {
  credentials: {
    principal: { type: 'user', userEntityRef: 'user:default/guest' },
  } as any,
  userEntityRef: 'user:default/guest',
};
const entities = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'prefect-pipelines',
      namespace: 'default',
      annotations: {
        'devex.io/next-steps': 'https://git.example.com/hotpass/Next_Steps.md',
      },
    },
    spec: {},
    relations: [{ type: 'ownedBy', targetRef: 'group:default/devops' }],
  },
];

describe('the escalation path', () => {
  const databases = createDevexTestDatabases();

  async function setUp(
    databaseId: any,
    startAt: string,
    nextSteps = '',
    escalatesTo: Partial<EscalationSettings> = {
      steeringCommittee: 'group:default/platform-steering-committee',
      chair: 'user:default/dx-sponsor',
    },
    /** The database of an earlier set-up, to go on with (a fresh replica). */
    database?: Knex,
  ) {
    const knex = database ?? (await databases.init(databaseId));
    await applyDatabaseMigrations({ getClient: async () => knex });
    let now = DateTime.fromISO(startAt, { zone });
    const sent: NotificationSendOptions[] = [];
    const catalog = catalogServiceMock({ entities });
    const make = () =>
      escalationFixture({
        knex,
        catalog,
        sent,
        clock: () => now,
        urlReader: mockServices.urlReader.mock({
          readUrl: async () =>
            ({ buffer: async () => Buffer.from(nextSteps), etag: '' } as any),
        }),
        escalatesTo,
      });
    return {
      knex,
      service: make(),
      other: make(),
      catalog,
      sent,
      setNow: (iso: string) => (now = DateTime.fromISO(iso, { zone })),
    };
  }

  it.each(databases.eachSupportedId())(
    "sends a blocker's text with no Slack control sequence: no mention of everyone, no disguised link, on %p",
    async databaseId => {
      const { service, sent, setNow } = await setUp(
        databaseId,
        '2026-11-27T16:00',
      );
      await service.raise(
        {
          entityRef: 'component:default/prefect-pipelines',
          title: 'Staging access <!channel> <@U024BE7LH>',
          description: 'See <https://evil.example/login|the runbook> & <!here>',
        },
        caller,
      );
      setNow('2026-12-01T16:00');
      await service.escalateDue();
      expect(sent.map(n => n.payload.topic)).toEqual([
        'devex-blocker',
        'devex-escalation',
      ]);
      for (const { payload } of sent) {
        expect(`${payload.title} ${payload.description}`).not.toMatch(/[<>]/);
      }
      expect(sent[0].payload.title).toContain(
        'Staging access ‹!channel› ‹@U024BE7LH›',
      );
      expect(sent[0].payload.description).toContain(
        'See ‹https://evil.example/login|the runbook› & ‹!here›',
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'records, notifies the owners, and escalates once after two working days on %p',
    async databaseId => {
      const { service, other, sent, setNow } = await setUp(
        databaseId,
        '2026-11-27T16:00',
      ); // a Friday
      const blocker = await service.raise(
        {
          entityRef: 'component:default/prefect-pipelines',
          title: 'Staging access pending',
        },
        caller,
      );
      expect(blocker.escalationDueAt).toBe(
        DateTime.fromISO('2026-12-01T16:00', { zone }).toUTC().toISO(),
      );
      expect(blocker.notifiedOwners).toEqual(['group:default/devops']);
      expect(sent).toHaveLength(1);
      expect(sent[0].recipients).toEqual({
        type: 'entity',
        entityRef: ['group:default/devops'],
      });
      expect(sent[0].payload).toMatchObject({
        severity: 'high',
        link: '/catalog/default/component/prefect-pipelines/devex',
      });

      setNow('2026-12-01T15:59'); // a minute early: nothing
      expect(await service.escalateDue()).toEqual([]);

      setNow('2026-12-01T16:00');
      // two replicas run the task at the same moment: one escalation, one notification
      const [a, b] = await Promise.all([
        service.escalateDue(),
        other.escalateDue(),
      ]);
      expect(a.length + b.length).toBe(1);
      const escalations = sent.filter(
        n => n.payload.topic === 'devex-escalation',
      );
      expect(escalations).toHaveLength(1);
      expect(escalations[0].recipients).toEqual({
        type: 'entity',
        entityRef: [
          'group:default/platform-steering-committee',
          'user:default/dx-sponsor',
        ],
      });

      setNow('2026-12-03T09:00');
      expect(await service.escalateDue()).toEqual([]);
      const [listed] = await service.list(
        { entityRef: 'component:default/prefect-pipelines' },
        caller,
      );
      expect(listed.escalatedTo).toEqual([
        'group:default/platform-steering-committee',
        'user:default/dx-sponsor',
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'an unreadable recipient list is shown on the blocker and not marked notified, and retried on %p',
    async databaseId => {
      const { service, catalog, sent } = await setUp(
        databaseId,
        '2026-11-27T16:00',
      );
      const lookUp = jest
        .spyOn(catalog, 'getEntityByRef')
        .mockRejectedValue(new Error('catalog unavailable'));
      const blocker = await service.raise(
        {
          entityRef: 'component:default/prefect-pipelines',
          title: 'Staging access pending',
        },
        caller,
      );
      const unread = {
        ownersNotifiedAt: null,
        notifiedOwners: [],
        notificationError:
          'The owners of component:default/prefect-pipelines could not be read from the catalog: catalog unavailable',
      };
      expect(blocker).toMatchObject(unread);
      await service.escalateDue(); // the catalog still fails: still pending
      expect(
        await service.list({ entityRef: blocker.entityRef }, caller),
      ).toEqual([expect.objectContaining(unread)]);
      expect(sent).toEqual([]);

      lookUp.mockRestore();
      await service.escalateDue();
      await service.escalateDue();
      const [notified] = await service.list(
        { entityRef: blocker.entityRef },
        caller,
      );
      expect(notified).toMatchObject({
        notifiedOwners: ['group:default/devops'],
        notificationError: null,
      });
      expect(sent.map(n => n.payload.topic)).toEqual(['devex-blocker']);
    },
  );

  it.each(databases.eachSupportedId())(
    'with no steering committee or chair configured, notifies the owners and never escalates on %p',
    async databaseId => {
      const { service, sent, setNow } = await setUp(
        databaseId,
        '2026-11-27T16:00',
        '',
        {},
      );
      const blocker = await service.raise(
        {
          entityRef: 'component:default/prefect-pipelines',
          title: 'Staging access pending',
        },
        caller,
      );
      expect(sent.map(n => n.payload.topic)).toEqual(['devex-blocker']);
      expect(sent[0].payload.description).not.toMatch(/escalates/i);

      setNow('2026-12-08T16:00'); // long past the due time
      expect(await service.escalateDue()).toEqual([]);
      const [listed] = await service.list(
        { entityRef: 'component:default/prefect-pipelines' },
        caller,
      );
      expect(listed).toMatchObject({
        id: blocker.id,
        escalatedAt: null,
        escalatedTo: [],
      });
      expect(sent.map(n => n.payload.topic)).toEqual(['devex-blocker']);
    },
  );

  it.each(databases.eachSupportedId())(
    'never escalates a blocker resolved in time, and counts holidays on %p',
    async databaseId => {
      const { service, sent, setNow } = await setUp(
        databaseId,
        '2026-12-15T10:00',
      ); // Tuesday before a holiday
      const blocker = await service.raise(
        {
          entityRef: 'component:default/prefect-pipelines',
          title: 'Vault address requested by hand',
        },
        caller,
      );
      expect(
        DateTime.fromISO(blocker.escalationDueAt).setZone(zone).toISODate(),
      ).toBe('2026-12-18'); // skips 16 Dec
      setNow('2026-12-17T10:00');
      await service.resolve(
        blocker.id,
        {
          version: blocker.version,
          resolution: 'Vault address added to the bootstrap',
        },
        caller,
      );
      setNow('2026-12-21T10:00');
      expect(await service.escalateDue()).toEqual([]);
      expect(
        sent.filter(n => n.payload.topic === 'devex-escalation'),
      ).toHaveLength(0);
      await expect(
        service.resolve(
          blocker.id,
          { version: blocker.version, resolution: 'again' },
          caller,
        ),
      ).rejects.toThrow(/already resolved/);
    },
  );

  it.each(databases.eachSupportedId())(
    "reads blockers from an entity's Next_Steps file once, and resolves the ones removed on %p",
    async databaseId => {
      const file =
        '## Risks/Notes\n- Staging access for Prefect backfills pending\n- make qa fails with "recipe commences before first target"\n';
      const { service, sent, knex } = await setUp(
        databaseId,
        '2026-11-25T10:00',
        file,
      );
      await service.syncNextStepsFiles();
      await service.syncNextStepsFiles();
      const open = await service.list(
        { entityRef: 'component:default/prefect-pipelines' },
        caller,
      );
      expect(open.map(b => b.title).sort()).toEqual([
        'Staging access for Prefect backfills pending',
        'make qa fails with "recipe commences before first target"',
      ]);
      expect(open.every(b => b.source === 'next-steps')).toBe(true);
      expect(sent).toHaveLength(2);

      const { service: later } = await setUp(
        databaseId,
        '2026-11-26T10:00',
        '## Risks/Notes\n- Staging access for Prefect backfills pending\n',
        undefined,
        // same database: a fresh service reading the shortened file
        knex,
      );
      await later.syncNextStepsFiles();
      const still = await later.list(
        { entityRef: 'component:default/prefect-pipelines' },
        caller,
      );
      expect(still.map(b => b.title)).toEqual([
        'Staging access for Prefect backfills pending',
      ]);
    },
  );
});
