export const dataDirectoryVariable = 'SUMMIT_BRIEFING_DATA_DIR';
export const dataDirectoryFlag = '--data-dir';

/**
 * Where the database lives: `--data-dir=PATH` wins, then SUMMIT_BRIEFING_DATA_DIR, then the
 * platform's user-data folder. Tests and portable installs use the first two.
 */
export function resolveDataDirectory(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: string): string {
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    // An empty value is ignored rather than taken as "the current folder".
    const value = argument.startsWith(`${dataDirectoryFlag}=`)
      ? argument.slice(dataDirectoryFlag.length + 1)
      : argument === dataDirectoryFlag
        ? (argv[index + 1] ?? '')
        : '';
    if (value.trim()) return value;
  }
  const fromEnvironment = env[dataDirectoryVariable];
  return fromEnvironment && fromEnvironment.trim() ? fromEnvironment : fallback;
}
