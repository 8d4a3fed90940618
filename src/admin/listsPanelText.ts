/**
 * The sentences of the lists page's panel (src/components/admin/ListsPanel.tsx): keys of the
 * `lists` catalogue, translated on the server. Not in the panel's module: a server component
 * importing a value from a client module gets a reference, not the value.
 */
export const LISTS_PANEL_KEYS = [
  'intro',
  'download',
  'importHeading',
  'fileLabel',
  'listLabel',
  'dryRunButton',
  'commitButton',
  'working',
  'dryRunNote',
  'committedNote',
  'summary',
  'colList',
  'colRow',
  'colKey',
  'colAction',
  'colDetails',
  'actionCreate',
  'actionUpdate',
  'actionUnchanged',
  'actionError',
] as const

export type ListsPanelText = Record<(typeof LISTS_PANEL_KEYS)[number], string>
