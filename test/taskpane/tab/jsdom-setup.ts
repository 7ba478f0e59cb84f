// jsdom lacks ResizeObserver, which Fluent's MessageBar uses to reflow; browsers have it.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

export function installJsdomGaps(): void {
  const w = window as unknown as { ResizeObserver?: unknown };
  if (!w.ResizeObserver) w.ResizeObserver = NoopResizeObserver;
}
