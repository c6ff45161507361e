import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * The id of the record a link asked to land on (`?experiment=<id>`, `?item=<id>`,
 * `?backlogItem=<id>`, `?risk=<id>`, as a forum's minutes link them).
 */
export function useHighlightedRecord(param: string): string | undefined {
  const [params] = useSearchParams();
  return params.get(param) ?? undefined;
}

/** A ref that scrolls its element into view once it is the highlighted record. */
export function useScrollIntoView<T extends HTMLElement>(active: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (active) {
      ref.current?.scrollIntoView?.({ block: 'center' });
    }
  }, [active]);
  return ref;
}
