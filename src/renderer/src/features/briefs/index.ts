export { BriefsScreen, type BriefsStart } from './BriefsScreen';
export { AddToBriefDialog } from './AddToBriefDialog';
