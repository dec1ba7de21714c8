// Part of scripts/check-package.sh: checks that every package the *installed* (packed) transcaspian
// imports is one it declares, so consumers do not depend on what npm happens to hoist.
//
//   node scripts/check-package-deps.mjs <consumer>/node_modules/transcaspian
//
// - runtime: bare specifiers imported/required by dist/*.js and dist/*.cjs must be in `dependencies`
//   (or `peerDependencies`/`optionalDependencies`): a devDependency is not installed for consumers;
// - types: bare specifiers imported by dist/*.d.ts and dist/*.d.cts must be declared the same way,
//   either as the package itself or as its `@types/…` package (otherwise a consumer sees TS2307, or
//   with skipLibCheck the types silently become `any`).
// Node built-ins and the package's own name are skipped. Declared dependencies that dist/ never
// imports are printed as `note:` lines (not failures), unless another dependency lists them as a peer.
import { builtinModules, createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const pkgDir = resolve(process.argv[2] ?? '.');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const declared = new Set(
  [pkg.dependencies, pkg.peerDependencies, pkg.optionalDependencies].flatMap((deps) => Object.keys(deps ?? {})),
);
const builtins = new Set(builtinModules);

/** Package name of a bare specifier, or null for relative, absolute, built-in or self imports. */
function packageOf(specifier) {
  if (/^(\.|\/|node:|data:|file:)/.test(specifier)) return null;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  if (builtins.has(name) || name === pkg.name) return null;
  return name;
}
const typesPackageOf = (name) => `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;

/** Bare specifiers of a file; comment lines (JSDoc examples) are ignored. */
function specifiersOf(text) {
  const code = text
    .split('\n')
    .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
    .join('\n');
  const found = new Set();
  const patterns = [
    /^\s*(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']/gm, // import … from 'x' / export … from 'x'
    /^\s*import\s*["']([^"']+)["']/gm, // import 'x'
    /\brequire\(\s*["']([^"']+)["']\s*\)/g, // require('x')
    /\bimport\(\s*["']([^"']+)["']\s*\)/g, // import('x'), also import('x').T in .d.ts
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.add(match[1]);
  return found;
}

const problems = [];
const used = new Set();
const distDir = join(pkgDir, 'dist');
for (const file of readdirSync(distDir).sort()) {
  const isTypes = /\.d\.c?ts$/.test(file);
  const isJs = /\.c?js$/.test(file);
  if (!isTypes && !isJs) continue;
  for (const specifier of specifiersOf(readFileSync(join(distDir, file), 'utf8'))) {
    const name = packageOf(specifier);
    if (name === null) continue;
    used.add(name);
    if (isTypes) {
      used.add(typesPackageOf(name));
      if (!declared.has(name) && !declared.has(typesPackageOf(name))) {
        problems.push(
          `dist/${file} imports types from '${specifier}', but neither ${name} nor ${typesPackageOf(name)} is in dependencies`,
        );
      }
    } else if (!declared.has(name)) {
      problems.push(`dist/${file} imports '${specifier}' at run time, but ${name} is not in dependencies`);
    }
  }
}

// Declared but never imported: a note, unless a used dependency needs it as a peer (graphology-types).
/** The installed package.json of `name` as Node would find it from the package (exports ignored). */
function manifestOf(name) {
  for (const dir of createRequire(join(pkgDir, 'package.json')).resolve.paths(name) ?? []) {
    try {
      return JSON.parse(readFileSync(join(dir, name, 'package.json'), 'utf8'));
    } catch {
      // not in this node_modules: look further up
    }
  }
  return null;
}
const peersOfUsed = new Set();
for (const name of used) {
  for (const peer of Object.keys(manifestOf(name)?.peerDependencies ?? {})) peersOfUsed.add(peer);
}
for (const name of Object.keys(pkg.dependencies ?? {}).sort()) {
  if (!used.has(name) && !peersOfUsed.has(name)) {
    console.log(`note: dependency ${name} is not imported by dist/ (bundled, or not needed at run time?)`);
  }
}

if (problems.length > 0) {
  for (const problem of problems) console.log(problem);
  process.exit(1);
}
console.log(`dist/ imports: ${[...used].filter((n) => !n.startsWith('@types/')).sort().join(', ')}`);
