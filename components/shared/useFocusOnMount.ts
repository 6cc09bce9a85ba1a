import { useEffect, useRef } from 'preact/hooks';

/**
 * A ref that takes focus when its element first renders, if asked to. Only on mount: a later re-render
 * must not pull focus back from wherever the reader went.
 */
export default function useFocusOnMount<T extends HTMLElement>(focus: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, []);
  return ref;
}
