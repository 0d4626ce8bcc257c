import type { Catalogue } from './en';
export const kk: Catalogue = {} as Catalogue;
