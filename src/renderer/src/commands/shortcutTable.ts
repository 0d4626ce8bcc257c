import type { Command } from './command';
import { shortcutLabel, shortcutsOf } from './keys';

/** The README's table of shortcuts, written from the registry in English (a test keeps the README equal to it). */
export function shortcutTableMarkdown(commands: readonly Command[]): string {
  const rows = commands
    .filter((command) => shortcutsOf(command, 'other').length > 0)
    .map((command) => {
      const keys = (platform: 'mac' | 'other') =>
        shortcutsOf(command, platform)
          .map((shortcut) => `\`${shortcutLabel(shortcut, platform)}\``)
          .join(', ');
      return `| ${command.group} | ${command.label} | ${keys('other')} | ${keys('mac')} |`;
    });
  return ['| Group | Command | Windows and Linux | macOS |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
