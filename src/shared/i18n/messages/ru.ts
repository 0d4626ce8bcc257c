import type { Catalogue } from './en';
export const ru: Catalogue = {} as Catalogue;
