import { PermissionsService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  devexPersonalDataErasePermission,
  ErasureReport,
  ErasureRequest,
  FORMER_USER_REF,
} from '@devex-governance/backstage-plugin-devex-common';
import { authorizeOrThrow } from '../permissions/authorize';
import { Caller } from '../permissions/caller';
import { normalizeEntityRef } from '../shared/validation';
import { DEVEX_SYSTEM_ACTOR } from '../tasks/systemActor';
import {
  ERASED_ELSEWHERE,
  HOLDS_NO_PERSONAL_DATA,
  REPLACED_IN,
} from './erasurePlan';
import { ErasureStore } from './ErasureStore';
import { personMentions } from './mentions';

export interface ErasureServiceOptions {
  store: ErasureStore;
  /** The pulse's erasure: participation, pooled answers and every replica's pool. */
  pulse: { erasePerson(userRef: string): Promise<number> };
  /** The calendar's erasure: every feed link of the person. */
  calendarFeeds: { deleteAllOfUser(userRef: string): Promise<number> };
  /** The sync's counts per entity, kept per owner: recounted for the entities the person owned. */
  sync: {
    entitiesWithOwner(ownerRef: string): Promise<string[]>;
    recount(entityRefs: string[]): Promise<void>;
  };
  permissions: PermissionsService;
}

/**
 * Erases a person's personal data from the plugin's records (see `erasurePlan.ts`): what only
 * says who they are goes, and the records the process keeps name the former-user marker instead,
 * so they keep their meaning and every aggregate its value.
 */
export class ErasureService {
  constructor(private readonly options: ErasureServiceOptions) {}

  async erase(request: ErasureRequest, caller: Caller): Promise<ErasureReport> {
    const userEntityRef = normalizeEntityRef(
      'userEntityRef',
      request.userEntityRef,
      ['user'],
    );
    if (
      userEntityRef === FORMER_USER_REF ||
      userEntityRef === DEVEX_SYSTEM_ACTOR
    ) {
      throw new InputError(
        `${userEntityRef} is not a person: it stands for ${
          userEntityRef === FORMER_USER_REF
            ? 'people already erased'
            : "the plugin's scheduled work"
        }`,
      );
    }
    await authorizeOrThrow(
      this.options.permissions,
      devexPersonalDataErasePermission,
      caller,
    );
    const { store, pulse, calendarFeeds, sync } = this.options;
    const person = personMentions(userEntityRef);
    const tables: Record<string, number> = {};
    const add = (table: string, n: number) => {
      tables[table] = (tables[table] ?? 0) + n;
    };
    add('devex_pulse_participation', await pulse.erasePerson(person.ref));
    add(
      'devex_calendar_feed_tokens',
      await calendarFeeds.deleteAllOfUser(person.ref),
    );
    const owned = await sync.entitiesWithOwner(person.ref);
    for (const plan of REPLACED_IN) {
      add(plan.table, await store.replaceIn(plan, person));
    }
    add(
      'devex_experiment_entities',
      await store.replaceExperimentEntity(person),
    );
    await sync.recount(owned);
    add('devex_sync_counts', owned.length);
    for (const table of Object.keys(HOLDS_NO_PERSONAL_DATA)) add(table, 0);
    for (const table of Object.keys(ERASED_ELSEWHERE)) add(table, 0);
    return {
      userEntityRef: person.ref,
      replacedWith: FORMER_USER_REF,
      tables: Object.fromEntries(
        Object.entries(tables).sort(([a], [b]) => a.localeCompare(b)),
      ),
    };
  }
}
