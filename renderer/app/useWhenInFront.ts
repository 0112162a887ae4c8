/**
 * Runs `look` when the window comes back to the front and every GLOSSARY_RECHECK_MS while it is visible: what
 * other editors share (the glossary, the names of earlier reviews) may change at any time. One look at a time.
 */
import { useEffect, useRef } from 'react';
import { GLOSSARY_RECHECK_MS } from '../glossary/freshness.js';

export function useWhenInFront(enabled: boolean, look: () => Promise<unknown>): void {
  const latest = useRef(look);
  latest.current = look;
  useEffect(() => {
    if (!enabled) return;
    let busy = false;
    const onFront = () => {
      if (busy || document.visibilityState !== 'visible') return;
      busy = true;
      void latest.current().finally(() => {
        busy = false;
      });
    };
    const timer = window.setInterval(onFront, GLOSSARY_RECHECK_MS);
    window.addEventListener('focus', onFront);
    document.addEventListener('visibilitychange', onFront);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onFront);
      document.removeEventListener('visibilitychange', onFront);
    };
  }, [enabled]);
}
