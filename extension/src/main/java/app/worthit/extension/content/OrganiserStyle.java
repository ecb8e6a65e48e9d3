package app.worthit.extension.content;

/** The organiser panel's CSS on top of the badge's. */
final class OrganiserStyle {
  private OrganiserStyle() {}

  static final String CSS = """
      :host { display: block; margin: 12px 0; max-width: 46em; }
      fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 8px 0; padding: 4px 8px; }
      .row { display: flex; justify-content: space-between; gap: 8px; margin: 3px 0; }
      .phrase { display: inline-block; font: 600 15px ui-monospace, monospace; padding: 2px 6px;
        border: 1px dashed var(--line); user-select: all; }
      summary { cursor: pointer; font-weight: 600; margin-top: 8px; }
      textarea { display: block; width: 100%; min-height: 4em; box-sizing: border-box; font: inherit; }
      button, select, input, textarea { font: inherit; color: var(--card-fg); background: var(--card-bg);
        border: 1px solid var(--line); border-radius: 6px; padding: 2px 6px; }
      button { cursor: pointer; margin-top: 6px; }
      select:focus-visible, input:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); }
      """;
}
