import type { Catalogue } from './en';
export const ko: Catalogue = {} as Catalogue;
