// The export feature's public face. The library loads ExportScreen lazily (import('../export')),
// so nothing outside this feature may import it statically: that would pull it into the start-up bundle.
export { ExportScreen, type ExportStart } from './ExportScreen';
