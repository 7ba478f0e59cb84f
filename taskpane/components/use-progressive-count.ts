// Long documents give a hundred findings or more. Rendering them all before the first paint
// keeps the writer waiting; the first ones appear at once and the rest follow a batch per task.
import { useEffect, useState } from 'react';

export const FIRST_BATCH = 30;
export const NEXT_BATCH = 60;

/** How many of `total` items to render now; grows to `total` within a few frames. */
export function useProgressiveCount(total: number, first = FIRST_BATCH, step = NEXT_BATCH): number {
  const [count, setCount] = useState(first);
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => setCount((c) => c + step), 0);
    return () => clearTimeout(timer);
  }, [count, total, step]);
  return Math.min(count, total);
}
