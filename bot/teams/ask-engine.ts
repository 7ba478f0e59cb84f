// Finds the ask engine (shared/ask) at start-up.
// TEMPORARY: shared/ask/index.ts is being written beside this code; until it exists the bot
// starts (the task pane and the press desk need the server) and a question fails through
// onTurnError with the Dutch apology. Replace with a static import once it lands.
import type { AskFn } from './ask-route';

export async function loadAskEngine(): Promise<{ ask: AskFn; available: boolean }> {
  const modulePath = '../../shared/ask';
  try {
    const mod = (await import(modulePath)) as { ask?: AskFn };
    if (typeof mod.ask === 'function') return { ask: mod.ask, available: true };
  } catch {
    // fall through: not written yet
  }
  return {
    available: false,
    ask: () => {
      throw new Error('shared/ask is not available yet: no ask() export');
    },
  };
}
