/**
 * `npm run bench`: runs every benchmark, prints each figure against its target,
 * and writes docs/benchmarks.md and bench/results/latest.json.
 * Pass section names to run only some: `npm run bench -- engine proxy`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { printSection, toMarkdown, type Section } from './report.ts';

type Bench = { name: string; run: () => Promise<Section> };

const benches: Bench[] = [
  { name: 'engine', run: async () => (await import('./engine.ts')).engineSection() },
  { name: 'proxy', run: async () => (await import('./proxy.ts')).proxySection() },
  { name: 'collapse', run: async () => (await import('./collapse.ts')).collapseSection() },
  { name: 'perf', run: async () => (await import('./perf.ts')).perfSection() },
  { name: 'soak', run: async () => (await import('./soak.ts')).soakSection() },
];

async function main() {
  const only = process.argv.slice(2);
  const selected = only.length ? benches.filter((b) => only.includes(b.name)) : benches;
  const machine = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    platform: `${process.platform} ${process.arch}`,
  };
  const sections: Section[] = [];
  for (const bench of selected) {
    console.log(`\n▶ ${bench.name}`);
    const section = await bench.run();
    printSection(section);
    sections.push(section);
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', JSON.stringify({ machine, sections }, null, 2));
  if (only.length === 0) {
    mkdirSync('docs', { recursive: true });
    writeFileSync('docs/benchmarks.md', toMarkdown(sections, machine));
    writeFileSync('docs/benchmarks.json', JSON.stringify({ machine, sections }, null, 2));
    console.log('\nWrote docs/benchmarks.md and docs/benchmarks.json');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
