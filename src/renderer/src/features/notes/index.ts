// The notes feature's public face: other features import these, never the files behind them.
export { NotesPanel, type NotesPanelProps } from './NotesPanel';
