import { permissions, permissionTable } from './permissions.ts';
import { roles, type Role } from './roles.ts';

/** The permission table as Markdown, as the README prints it (a test keeps the two equal). */
export function permissionsMarkdown(): string {
  const header = `| permission | ${roles.join(' | ')} |`;
  const rule = `|---|${roles.map(() => ':-:').join('|')}|`;
  const rows = permissions.map(
    (p) => `| \`${p}\` | ${roles.map((r) => ((permissionTable[p] as readonly Role[]).includes(r) ? '✓' : '')).join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n');
}
