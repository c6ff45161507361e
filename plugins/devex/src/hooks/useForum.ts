import { useApi } from '@backstage/core-plugin-api';
import {
  FORUM_CADENCE_TYPES,
  ForumSession,
  Occurrence,
} from '@devex-governance/backstage-plugin-devex-common';
import { DateTime } from 'luxon';
import { useCallback, useEffect, useRef, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import useAsync from 'react-use/esm/useAsync';
import { devexApiRef } from '../api';

/** How often forum mode asks for what others recorded. */
export const FORUM_POLL_MS = 3000;

const isNotFound = (e: unknown) =>
  (e as { statusCode?: number }).statusCode === 404 ||
  (e as { response?: { status?: number } }).response?.status === 404;

export interface ForumSessionState {
  session?: ForumSession;
  /** The occurrence has not been started as a forum (yet). */
  notStarted: boolean;
  loading: boolean;
  error?: Error;
}

/**
 * The run of an occurrence, followed by polling every `pollMs` while it is open (a held run no
 * longer changes, so polling stops); `accept` takes a session a write answered with, `refresh`
 * asks at once.
 */
export function useForumSession(occurrenceId: string, pollMs = FORUM_POLL_MS) {
  const api = useApi(devexApiRef);
  const [state, setState] = useState<ForumSessionState>({
    loading: true,
    notStarted: false,
  });
  const version = useRef<number>();
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const accept = useCallback((session: ForumSession) => {
    if (!mounted.current) return;
    // a slower poll must not replace a newer session
    if (version.current !== undefined && session.version < version.current) {
      return;
    }
    if (version.current === session.version) {
      setState(prev =>
        prev.loading || prev.error ? { ...prev, loading: false } : prev,
      );
      return;
    }
    version.current = session.version;
    setState({ session, loading: false, notStarted: false });
  }, []);

  const refresh = useCallback(async () => {
    try {
      accept(await api.getForum(occurrenceId));
    } catch (e) {
      if (!mounted.current) return;
      if (isNotFound(e)) {
        version.current = undefined;
        setState({ loading: false, notStarted: true });
      } else {
        setState(prev => ({ ...prev, loading: false, error: e as Error }));
      }
    }
  }, [api, occurrenceId, accept]);

  const held = state.session?.status === 'held';
  useEffect(() => {
    version.current = undefined;
    setState({ loading: true, notStarted: false });
    refresh();
  }, [refresh]);
  useEffect(() => {
    if (held) return undefined;
    const timer = setInterval(refresh, pollMs);
    return () => clearInterval(timer);
  }, [refresh, pollMs, held]);

  return { ...state, refresh, accept };
}

/** An occurrence that can run as a forum, and the earliest of its cadence still to come. */
export interface ForumOccurrences {
  /** The next occurrence of each forum cadence (today's included until it ends). */
  upcoming: Occurrence[];
  /** Past occurrences recorded as held, newest first. */
  held: Occurrence[];
}

const isForumType = (type: string) =>
  (FORUM_CADENCE_TYPES as readonly string[]).includes(type);

/** The next quarterly forum and monthly sync, and the recent ones held. */
export function useForumOccurrences(now: () => DateTime = DateTime.local) {
  const api = useApi(devexApiRef);
  return useAsyncRetry(async (): Promise<ForumOccurrences> => {
    const at = now();
    // to the minute: every view of the minute asks the same, which the backend computes once
    const minute = at.startOf('minute');
    const { occurrences } = await api.listOccurrences({
      from: minute.minus({ days: 120 }).toISO()!,
      to: minute.plus({ days: 120 }).toISO()!,
    });
    const forums = occurrences
      .filter(o => isForumType(o.type))
      .sort((a, b) => a.start.localeCompare(b.start));
    const upcoming = FORUM_CADENCE_TYPES.flatMap(type => {
      const next = forums.find(
        o =>
          o.type === type &&
          o.record?.status !== 'held' &&
          DateTime.fromISO(o.end) >= at,
      );
      return next ? [next] : [];
    }).sort((a, b) => a.start.localeCompare(b.start));
    const held = forums
      .filter(o => o.record?.status === 'held')
      .reverse()
      .slice(0, 6);
    return { upcoming, held };
  }, [api]);
}

/**
 * Whether an occurrence is running as a forum now (asked once, not followed): the forum list
 * offers to resume a running forum rather than to run it again.
 */
export function useForumRunning(occurrenceId: string) {
  const api = useApi(devexApiRef);
  return useAsync(async (): Promise<boolean> => {
    try {
      return (await api.getForum(occurrenceId)).status === 'running';
    } catch (e) {
      if (isNotFound(e)) return false;
      throw e;
    }
  }, [api, occurrenceId]);
}
