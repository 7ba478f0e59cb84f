// Whether the page runs inside Word, and Office's theme. office.js may be missing altogether
// (blocked, or the page opened from a file), so every access is guarded.

/** Resolves true inside Word, false in a plain browser or when office.js does not answer in time. */
export async function detectWord(timeoutMs = 4000): Promise<boolean> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return false;
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), timeoutMs));
  const info = await Promise.race([Office.onReady(), timeout]);
  return Boolean(info && info.host === Office.HostType.Word && typeof Word !== 'undefined');
}

/** The task pane background Office uses (follows Office's light, dark or black theme). */
export function officeBackground(): string | undefined {
  try {
    return Office.context.officeTheme?.bodyBackgroundColor || undefined;
  } catch {
    return undefined;
  }
}

/** Calls `listener` when the user changes Office's theme, where the host reports it. */
export function onOfficeThemeChanged(listener: () => void): void {
  try {
    Office.context.document.addHandlerAsync(Office.EventType.OfficeThemeChanged, listener, () => undefined);
  } catch {
    // Word on some platforms has no theme event: the theme then follows on the next start.
  }
}
