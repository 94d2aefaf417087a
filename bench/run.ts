/**
 * `npm run bench`: runs every benchmark, prints each figure against its target,
 * and writes docs/benchmarks.md, docs/benchmarks.json and bench/results/latest.json.
 * Pass section names to run only some (`npm run bench -- engine proxy`): those sections are
 * replaced in the docs, the others are kept with the date they were measured.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { printSection, toMarkdown, type Section } from './report.ts';

type Bench = { name: string; run: () => Promise<Section> };

const benches: Bench[] = [
  { name: 'engine', run: async () => (await import('./engine.ts')).engineSection() },
  { name: 'proxy', run: async () => (await import('./proxy.ts')).proxySection() },
  { name: 'budget', run: async () => (await import('./budget.ts')).budgetSection() },
  { name: 'start', run: async () => (await import('./start.ts')).startSection() },
  { name: 'instances', run: async () => (await import('./instances.ts')).instancesSection() },
  { name: 'collapse', run: async () => (await import('./collapse.ts')).collapseSection() },
  { name: 'history-cost', run: async () => (await import('./history-cost.ts')).historyCostSection() },
  { name: 'perf', run: async () => (await import('./perf.ts')).perfSection() },
  { name: 'ssr', run: async () => (await import('./ssr.ts')).ssrSection() },
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
    const section = { ...(await bench.run()), measuredAt: new Date().toISOString() };
    printSection(section);
    sections.push(section);
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', JSON.stringify({ machine, sections }, null, 2));
  const all = only.length === 0 ? sections : mergeWithRecorded(sections);
  mkdirSync('docs', { recursive: true });
  writeFileSync('docs/benchmarks.md', toMarkdown(all, machine));
  writeFileSync('docs/benchmarks.json', JSON.stringify({ machine, sections: all }, null, 2));
  console.log('\nWrote docs/benchmarks.md and docs/benchmarks.json');
}

/** The recorded sections, in their order, with the ones just measured put in place. */
function mergeWithRecorded(fresh: Section[]): Section[] {
  if (!existsSync('docs/benchmarks.json')) return fresh;
  const recorded = (JSON.parse(readFileSync('docs/benchmarks.json', 'utf8')) as { sections: Section[] }).sections;
  const merged = recorded.map((old) => fresh.find((s) => s.title === old.title) ?? old);
  return [...merged, ...fresh.filter((s) => !recorded.some((old) => old.title === s.title))];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
