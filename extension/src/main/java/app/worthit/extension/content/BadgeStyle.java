package app.worthit.extension.content;

/** The overlay's CSS, scoped by the shadow root; light and dark page themes both readable (WCAG AA). */
final class BadgeStyle {
  private BadgeStyle() {}

  static final String CSS = """
      :host { all: initial; display: inline-block; position: relative; vertical-align: middle;
        margin: 2px 4px; font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
        --ok-bg: #0b6b2e; --ok-fg: #ffffff; --mid-bg: #7a4d00; --mid-fg: #ffffff;
        --bad-bg: #a4231b; --bad-fg: #ffffff; --card-bg: #ffffff; --card-fg: #1b1b1f;
        --muted: #4a4a55; --line: #c9c9d1; --focus: #1a56db; }
      :host([data-worthit-panel]) { display: block; margin: 12px 0; max-width: 46em; }
      @media (prefers-color-scheme: dark) {
        :host { --ok-bg: #7fdc9c; --ok-fg: #062812; --mid-bg: #f4c56a; --mid-fg: #2b1a00;
          --bad-bg: #ff9c92; --bad-fg: #3a0703; --card-bg: #1f1f24; --card-fg: #f1f1f4;
          --muted: #c2c2cc; --line: #4a4a55; --focus: #8ab4ff; }
      }
      .badge { display: inline-flex; align-items: center; gap: 5px; border: 0; border-radius: 999px;
        padding: 2px 9px; font: inherit; font-weight: 600; cursor: pointer; white-space: nowrap; }
      .badge:focus-visible, button:focus-visible, textarea:focus-visible { outline: 3px solid var(--focus);
        outline-offset: 2px; }
      .worth-it { background: var(--ok-bg); color: var(--ok-fg); }
      .maybe { background: var(--mid-bg); color: var(--mid-fg); }
      .skip { background: var(--bad-bg); color: var(--bad-fg); }
      .dot { width: 8px; height: 8px; border-radius: 50%; background: currentColor; }
      .card { background: var(--card-bg); color: var(--card-fg); border: 1px solid var(--line);
        border-radius: 10px; padding: 10px 12px; box-shadow: 0 4px 16px rgba(0, 0, 0, .18); }
      .popover { position: absolute; z-index: 2147483646; top: calc(100% + 4px); left: 0;
        width: min(24em, 90vw); }
      .popover[hidden] { display: none; }
      .event { font-weight: 600; margin: 0 0 4px; overflow-wrap: anywhere; }
      .head { display: flex; align-items: center; gap: 8px; margin: 0 0 6px; }
      .title { font-weight: 700; }
      .score { color: var(--muted); }
      ul { margin: 0; padding: 0; list-style: none; }
      li { margin: 6px 0; padding-top: 6px; border-top: 1px solid var(--line); }
      .effect { font-weight: 700; font-variant-numeric: tabular-nums; margin-right: 4px; }
      .evidence, .detail { color: var(--muted); font-size: 12px; margin-top: 2px; overflow-wrap: anywhere; }
      .controls { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; padding-top: 8px;
        border-top: 1px solid var(--line); }
      .controls button { font: inherit; padding: 3px 9px; border-radius: 6px; cursor: pointer;
        border: 1px solid var(--line); background: var(--card-bg); color: var(--card-fg); }
      .controls button[aria-pressed="true"] { background: var(--card-fg); color: var(--card-bg); }
      .note { display: flex; flex-direction: column; gap: 4px; width: 100%; }
      .note textarea { font: inherit; min-height: 3em; resize: vertical; background: var(--card-bg);
        color: var(--card-fg); border: 1px solid var(--line); border-radius: 6px; padding: 4px; }
      .note label { color: var(--muted); font-size: 12px; }
      .fix-link { display: block; margin-top: 8px; font-size: 12px; color: var(--focus); }
      """;
}
