/**
 * The tooltip's CSS, inlined into its shadow root so no page stylesheet applies and no extra file
 * is fetched. Tone colours follow the MDBG / Pleco convention: tone 1 red, 2 orange, 3 green,
 * 4 blue, neutral grey; the dark theme uses lighter shades of the same hues for contrast.
 */
export const TOOLTIP_CSS = `
:host { all: initial; }
.panel {
  --bg: #fffdf8; --fg: #1d1d1f; --muted: #6b6b70; --rule: #e3ded3; --note-bg: #f2f6fc; --note-rule: #2f6fd0;
  --own-bg: #fbf5e6; --own-rule: #b7791f; --accent: #1f55c8;
  --tone1: #d0202a; --tone2: #c46a00; --tone3: #1f8a2e; --tone4: #1f55c8; --tone5: #8a8a8a;
  box-sizing: border-box; max-width: min(380px, calc(100vw - 8px)); min-width: 160px;
  overflow-y: auto; overscroll-behavior: contain;
  padding: 10px 12px; border-radius: 8px; border: 1px solid var(--rule);
  background: var(--bg); color: var(--fg);
  box-shadow: 0 6px 24px rgba(0,0,0,.18), 0 1px 3px rgba(0,0,0,.12);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC",
    "Microsoft YaHei", sans-serif;
  text-align: left; white-space: normal; word-break: normal; overflow-wrap: anywhere;
}
@media (prefers-color-scheme: dark) {
  .panel {
    --bg: #1f2023; --fg: #ececec; --muted: #a2a2a8; --rule: #3a3b40; --note-bg: #232a36; --note-rule: #79a6ff;
    --own-bg: #2d281d; --own-rule: #e0a84a; --accent: #7aa7ff;
    --tone1: #ff6e6e; --tone2: #ffae4a; --tone3: #67d27a; --tone4: #7aa7ff; --tone5: #a0a0a0;
    box-shadow: 0 6px 24px rgba(0,0,0,.55);
  }
}
.head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.word { font-size: 28px; line-height: 1.15; font-weight: 500; }
.trad, .simplified-form { font-size: 20px; color: var(--muted); }
.reading { margin-top: 6px; }
.reading + .reading { border-top: 1px dashed var(--rule); padding-top: 6px; }
.pinyin { font-size: 16px; font-weight: 600; }
.tone1 { color: var(--tone1); } .tone2 { color: var(--tone2); } .tone3 { color: var(--tone3); }
.tone4 { color: var(--tone4); } .tone5 { color: var(--tone5); }
ol { margin: 2px 0 0; padding-left: 1.4em; }
li { margin: 1px 0; }
.sense-form { margin-right: .4em; color: var(--muted); }
.extra { color: var(--muted); font-size: 12px; }
.note {
  margin-top: 8px; padding: 6px 8px; border-left: 3px solid var(--note-rule);
  background: var(--note-bg); border-radius: 0 6px 6px 0;
}
.note-head { display: flex; justify-content: space-between; gap: 8px; align-items: baseline; }
.gloss { font-weight: 600; }
.category {
  font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
  border: 1px solid var(--rule); border-radius: 999px; padding: 0 6px; white-space: nowrap;
}
.explanation { margin-top: 2px; }
.possibly-inserted {
  margin-top: 6px; padding: 2px 8px; border-left: 3px solid var(--own-rule); color: var(--muted); font-size: 13px;
}
.related { margin-top: 4px; font-size: 12px; color: var(--muted); }
.chars { margin-top: 8px; border-top: 1px solid var(--rule); padding-top: 6px; display: grid;
  grid-template-columns: auto auto 1fr; gap: 2px 8px; align-items: baseline; }
.char { font-size: 18px; }
.char-meaning { color: var(--muted); font-size: 13px; }
.levels { display: inline-flex; gap: 4px; flex-wrap: wrap; align-self: center; }
.badge {
  font-size: 11px; line-height: 16px; padding: 0 6px; border-radius: 999px; white-space: nowrap;
  border: 1px solid var(--rule); color: var(--muted);
}
.badge.hsk { color: var(--fg); border-color: var(--accent); font-weight: 600; }
.own-note { border-left-color: var(--own-rule); background: var(--own-bg); }
.own-note-text { white-space: pre-wrap; }
.note-editor {
  box-sizing: border-box; width: 100%; margin: 0; font: inherit; color: inherit; background: var(--bg);
  border: 1px solid var(--rule); border-radius: 4px; padding: 4px 6px; resize: vertical;
}
.note-buttons, .actions { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 6px; }
.actions { border-top: 1px solid var(--rule); padding-top: 6px; margin-top: 8px; }
.action {
  font: 12px/1.4 inherit; font-family: inherit; color: var(--fg); background: transparent; cursor: pointer;
  border: 1px solid var(--rule); border-radius: 6px; padding: 2px 8px;
}
.action:hover, .action:focus-visible { border-color: var(--accent); }
.action[aria-pressed="true"] { border-color: var(--accent); color: var(--accent); }
.action.primary { border-color: var(--accent); }
.action kbd {
  font: 10px/1 ui-monospace, monospace; margin-left: 5px; padding: 1px 3px; color: var(--muted);
  border: 1px solid var(--rule); border-radius: 3px;
}
.status { margin-top: 6px; font-size: 12px; color: var(--muted); }
.status:empty { display: none; }
.empty { color: var(--muted); }
.parts-label { margin-top: 6px; color: var(--muted); font-size: 12px; }
.parts .chars { margin-top: 2px; }
`;
