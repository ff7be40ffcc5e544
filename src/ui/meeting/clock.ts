import { useEffect, useState } from 'preact/hooks';

/** "3:07": minutes and seconds on the item clock. */
export const stopwatch = (ms: number) => `${Math.floor(ms / 60_000)}:${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}`;

/** Re-renders every second while `on`, for the item timer. */
export const useTick = (on: boolean): number => {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!on) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [on]);
  return now;
};
