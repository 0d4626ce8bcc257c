#!/usr/bin/env node
/**
 * Runs Electronegativity (Doyensec's scanner for Electron misconfigurations) on the sources and
 * on the built app, with the Electron version we ship, and fails on any finding that
 * security/electronegativity-allowlist.json does not excuse with a reason. Electronegativity
 * itself always exits 0, so this script is what makes a finding fail `npm test`.
 *
 * It uses the package's documented programmatic API rather than the CLI: the CLI writes its
 * report only as CSV or SARIF and, when writing a report, drops its parse errors silently,
 * so a file it could not parse would pass unchecked. Here a parse error fails the run.
 *
 *   node scripts/check-electronegativity.mjs        scan src/ and out/ (run `npm run build` first)
 */
import { fork } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const allowlistPath = join(root, 'security', 'electronegativity-allowlist.json');
const targets = ['src', 'out'];
const scanTimeoutMs = 180_000;
/**
 * Checks that cannot apply here and only reach for the network. AvailableSecurityFixesGlobalCheck
 * downloads GitHub's list of Electron releases to judge the version found in a package.json;
 * neither src/ nor out/ holds one, so it can never report, and offline it only waits.
 */
const excludedChecks = ['AvailableSecurityFixesGlobalCheck'];
/** The files Electronegativity's directory loader reads (its util/file.js), counted for the summary. */
const scannedExtensions = new Set(['js', 'jsx', 'ts', 'tsx', 'html', 'htm']);

if (process.argv[2] === '--scan') {
  await scanInChild(process.argv[3], process.argv[4]);
} else {
  process.exitCode = await main();
}

async function main() {
  if (!existsSync(join(root, 'out', 'main')) || !existsSync(join(root, 'out', 'renderer'))) {
    console.error('electronegativity: out/ is missing: run npm run build first, so the built app is scanned too.');
    return 1;
  }
  const electronVersion = JSON.parse(
    readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ).version;

  const { entries, problems } = readAllowlist();
  if (problems.length > 0) {
    console.error(
      `electronegativity: ${relative(root, allowlistPath)} is not valid:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    return 1;
  }

  const scans = await Promise.all(targets.map((target) => scan(target, electronVersion)));
  const findings = scans.flatMap((result) => result.findings);
  const parseErrors = scans.flatMap((result) => result.parseErrors);
  const used = new Set();
  const failing = [];
  const allowed = [];
  for (const finding of findings) {
    const entry = entries.find((candidate) => matches(candidate, finding));
    if (entry) {
      used.add(entry);
      allowed.push({ finding, entry });
    } else {
      failing.push(finding);
    }
  }
  const stale = entries.filter((entry) => !used.has(entry));

  for (const scanned of scans) {
    console.log(
      `electronegativity: scanned ${scanned.target}/ (${scanned.files} files, ${scanned.checks} checks, Electron ${electronVersion})`,
    );
    for (const warning of scanned.warnings) console.log(`  note: ${warning}`);
  }
  for (const { finding, entry } of allowed) {
    console.log(`  allowed  ${describe(finding)} (allowlist entry ${entries.indexOf(entry) + 1})`);
  }
  for (const finding of failing) console.error(`  FAILING  ${describe(finding)}\n           ${finding.description}`);
  for (const error of parseErrors) console.error(`  FAILING  could not parse ${error.file}: ${error.message}`);
  for (const entry of stale) {
    console.error(`  FAILING  allowlist entry ${entry.check} for ${entry.file} matches no finding: remove it`);
  }
  console.log(
    `electronegativity: ${findings.length} findings, ${allowed.length} allowed, ${failing.length} failing` +
      (parseErrors.length ? `, ${parseErrors.length} files not parsed` : '') +
      (stale.length ? `, ${stale.length} stale allowlist entries` : ''),
  );
  if (failing.length > 0) {
    console.error(
      `Fix each failing finding, or add it to ${relative(root, allowlistPath)} with the reason it is safe (see docs/SECURITY.md).`,
    );
  }
  return failing.length + parseErrors.length + stale.length > 0 ? 1 : 0;
}

/** The allowlist: `[{ "check", "file", "reason", "sample"? }]`; every entry must say why. */
function readAllowlist() {
  const problems = [];
  let raw;
  try {
    raw = JSON.parse(readFileSync(allowlistPath, 'utf8'));
  } catch (error) {
    return { entries: [], problems: [String(error.message ?? error)] };
  }
  if (!Array.isArray(raw)) return { entries: [], problems: ['it must be a JSON array of entries'] };
  const known = new Set(['check', 'file', 'reason', 'sample']);
  raw.forEach((entry, index) => {
    const where = `entry ${index}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      return problems.push(`${where} is not an object`);
    for (const key of Object.keys(entry)) if (!known.has(key)) problems.push(`${where} has an unknown key "${key}"`);
    for (const key of ['check', 'file', 'reason']) {
      if (typeof entry[key] !== 'string' || entry[key].trim() === '')
        problems.push(`${where} needs a non-empty "${key}"`);
    }
    if (typeof entry.reason === 'string' && entry.reason.trim().length < 30) {
      problems.push(`${where} (${entry.check}): the reason must say why the finding is safe, not just that it is`);
    }
    if ('sample' in entry && typeof entry.sample !== 'string')
      problems.push(`${where} has a "sample" that is not a string`);
  });
  return { entries: problems.length ? [] : raw, problems };
}

function matches(entry, finding) {
  return (
    entry.check === finding.id &&
    globToRegExp(entry.file).test(finding.file) &&
    (entry.sample === undefined || entry.sample === finding.sample)
  );
}

/** `**` any path, `*` any name part, `?` one character, `{a,b}` either; everything else literal. */
function globToRegExp(glob) {
  let pattern = '';
  let braces = 0;
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index];
    if (char === '*' && glob[index + 1] === '*') {
      const folders = glob[index + 2] === '/';
      pattern += folders ? '(?:.*/)?' : '.*';
      index += folders ? 2 : 1;
    } else if (char === '*') {
      pattern += '[^/]*';
    } else if (char === '?') {
      pattern += '[^/]';
    } else if (char === '{') {
      pattern += '(?:';
      braces++;
    } else if (char === '}' && braces > 0) {
      pattern += ')';
      braces--;
    } else if (char === ',' && braces > 0) {
      pattern += '|';
    } else {
      pattern += char.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
    }
  }
  return new RegExp(`^${pattern}$`);
}

function describe(finding) {
  const where = finding.line ? `${finding.file}:${finding.line}:${finding.column}` : finding.file;
  return `${finding.id} (${finding.severity}, ${finding.confidence}) ${where}`;
}

function countFiles(folder) {
  let count = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    const name = entry.name.toLowerCase();
    if (entry.isFile() && scannedExtensions.has(name.slice(name.lastIndexOf('.') + 1))) count++;
  }
  return count;
}

/** Scans one folder in a child process, so src/ and out/ run side by side and its chatter stays out of the log. */
function scan(target, electronVersion) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--scan', join(root, target), electronVersion], {
      cwd: root,
      silent: true,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill(), scanTimeoutMs);
    let result;
    child.on('message', (message) => (result = message));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (result) return resolve({ target, files: countFiles(join(root, target)), ...toFindings(target, result) });
      reject(new Error(`Electronegativity did not finish on ${target}/ (${signal ?? `exit ${code}`}):\n${output}`));
    });
  });
}

function toFindings(target, result) {
  const prefix = (file) => (file === 'N/A' ? `${target}/N/A` : `${target}/${file.split(sep).join('/')}`);
  return {
    checks: result.checks,
    findings: result.issues.map((issue) => ({ ...issue, file: prefix(issue.file) })),
    parseErrors: result.errors
      .filter((error) => !error.tolerable)
      .map((error) => ({ ...error, file: prefix(error.file) })),
    warnings: result.errors
      .filter((error) => error.tolerable)
      .map((error) => `${prefix(error.file)}: ${error.message}`),
  };
}

async function scanInChild(input, electronVersion) {
  const require = createRequire(import.meta.url);
  const electronegativity = require('@doyensec/electronegativity');
  const run = electronegativity.default ?? electronegativity;
  // The README calls the version option `electronVersion`; the runner reads `electronVersionOverride` (-e).
  const result = await run({
    input,
    isRelative: true,
    electronVersionOverride: electronVersion,
    customScan: [],
    excludeFromScan: excludedChecks.map((name) => name.toLowerCase()),
    parserPlugins: [],
  });
  process.send(
    {
      checks: result.globalChecks + result.atomicChecks,
      errors: result.errors.map(({ file, message, tolerable }) => ({
        file: relative(input, file),
        message,
        tolerable,
      })),
      issues: result.issues.map((issue) => ({
        id: issue.id,
        file: issue.file,
        line: issue.location?.line ?? 0,
        column: issue.location?.column ?? 0,
        severity: issue.severity?.name ?? '?',
        confidence: issue.confidence?.name ?? '?',
        description: issue.description,
        ...(issue.sample === undefined ? {} : { sample: issue.sample }),
      })),
    },
    () => process.exit(0),
  );
}
