// The tags feature's public face: other features import these, never the files behind them.
export { TagChip } from './TagChip';
export { TagManager } from './TagManager';
export { TagPicker } from './TagPicker';
