import { useCallback, useState } from 'react';

/**
 * One request a form or button sends: busy while it runs, and what went wrong (its message) once
 * it failed; `onFailed` hears a failure too, e.g. to reload what changed meanwhile.
 */
export function useSubmission() {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = useCallback(
    async (work: () => Promise<unknown>, onFailed?: () => void) => {
      setBusy(true);
      setError(undefined);
      try {
        await work();
      } catch (e) {
        setError((e as Error).message);
        onFailed?.();
      } finally {
        setBusy(false);
      }
    },
    [],
  );
  return { busy, error, submit };
}
