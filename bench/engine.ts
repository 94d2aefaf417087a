/**
 * Demo engine benchmark: builds a 1,000,000-conversation account (fixed seed and clock)
 * and times ~200 randomized queries per scenario over one-year ranges. Targets: p50 ≤ 20 ms.
 * `npx tsx bench/engine.ts` prints a table; `npm run bench` records it with the others.
 */
import { pathToFileURL } from 'node:url';
import type { SortField } from '../contract/api/schemas.ts';
import { FOLDERS, MAILBOXES, TAGS } from '../server/sources/demo/catalog.ts';
import { createDemoSource } from '../server/sources/demo/index.ts';
import { randInt, rngFor, type Rng } from '../server/sources/demo/prng.ts';
import type { HistoryQuery, NewConversationsQuery, ReportFilters } from '../server/sources/types.ts';
import type { Section } from './report.ts';

export interface EngineFigure {
  name: string;
  p50: number;
  p95: number;
  target: number;
  unit: 'ms';
}

const NOW = new Date('2026-11-20T15:30:00Z');
const DAY = 86_400_000;
const YEAR = 365 * DAY;
const RUNS = 200;
const TARGET_MS = 20;
const NO_FILTERS: ReportFilters = { mailboxes: [], folders: [], tags: [], types: [] };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[randInt(rng, xs.length)] as T;

/** A one-year range ending somewhere in the last year (so up to two years back). */
function yearRange(rng: Rng): { start: Date; end: Date } {
  const end = NOW.getTime() - randInt(rng, 365) * DAY;
  return { start: new Date(end - YEAR + 1000), end: new Date(end) };
}

function randomFilters(rng: Rng): ReportFilters {
  const mailbox = pick(rng, MAILBOXES).id;
  return {
    mailboxes: rng() < 0.7 ? [mailbox] : [],
    folders: rng() < 0.3 ? FOLDERS.filter((f) => f.mailboxId === mailbox).map((f) => f.id).slice(0, 2) : [],
    tags: rng() < 0.5 ? [pick(rng, TAGS).id, pick(rng, TAGS).id] : [],
    types: rng() < 0.5 ? [pick(rng, ['email', 'chat', 'phone'] as const)] : [],
  };
}

async function time(name: string, make: (rng: Rng) => () => Promise<unknown>): Promise<EngineFigure> {
  const rng = rngFor(1234, name.length, name.charCodeAt(name.length - 1));
  for (let i = 0; i < 20; i++) await make(rng)(); // warm-up: let the JIT settle
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = make(rng);
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { name, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), target: TARGET_MS, unit: 'ms' };
}

/** Bytes held by the dataset's typed arrays (its columns and per-user indexes): exact, unlike heap deltas. */
function datasetBytes(dataset: object): number {
  let bytes = 0;
  for (const value of Object.values(dataset)) {
    if (ArrayBuffer.isView(value)) bytes += value.byteLength;
    else if (Array.isArray(value)) for (const item of value) if (ArrayBuffer.isView(item)) bytes += item.byteLength;
  }
  return bytes;
}

function measureBuild(conversations: number) {
  const t0 = performance.now();
  const source = createDemoSource({ seed: 42, now: () => NOW, conversations });
  const ms = performance.now() - t0;
  return { source, ms, mb: datasetBytes(source.dataset) / 2 ** 20 };
}

export interface EngineResults {
  figures: EngineFigure[];
  build: { conversations: number; ms: number; mb: number; generated: number; replies: number }[];
}

export async function runEngineBench(): Promise<EngineResults> {
  const small = measureBuild(150_000);
  const smallStats = { conversations: 150_000, ms: small.ms, mb: small.mb, generated: small.source.dataset.convCount, replies: small.source.dataset.replyTotal };
  const big = measureBuild(1_000_000);
  const bigStats = { conversations: 1_000_000, ms: big.ms, mb: big.mb, generated: big.source.dataset.convCount, replies: big.source.dataset.replyTotal };
  const source = big.source;

  const nc = (rng: Rng, filters: ReportFilters, previous: boolean): NewConversationsQuery => {
    const range = yearRange(rng);
    return {
      ...filters,
      ...range,
      ...(previous ? { previous: { start: new Date(range.start.getTime() - YEAR), end: new Date(range.end.getTime() - YEAR) } } : {}),
      viewBy: pick(rng, ['day', 'week', 'month'] as const),
      viewByExplicit: true,
      tz: pick(rng, ['UTC', 'Europe/Berlin', 'America/New_York']),
    };
  };
  const hq = (rng: Rng, extra: Partial<HistoryQuery>): HistoryQuery => ({
    ...NO_FILTERS,
    ...yearRange(rng),
    user: 1 + randInt(rng, 9),
    page: 1,
    sortOrder: pick(rng, ['asc', 'desc'] as const),
    officeHours: false,
    ...extra,
  });
  const sorted = (field: SortField) => time(`history, page 1, sorted by ${field}`, (rng) => () => source.conversationHistory(hq(rng, { sortField: field })));

  const figures = [
    await time('new conversations, 1 year, no filters', (rng) => () => source.newConversations(nc(rng, NO_FILTERS, false))),
    await time('new conversations, 1 year, filters', (rng) => () => source.newConversations(nc(rng, randomFilters(rng), false))),
    await time('new conversations, 1 year, filters + previous year', (rng) => () => source.newConversations(nc(rng, randomFilters(rng), true))),
    await time('history, page 1, unsorted', (rng) => () => source.conversationHistory(hq(rng, {}))),
    await sorted('number'),
    await sorted('repliesSent'),
    await sorted('responseTime'),
    await sorted('resolveTime'),
    await time('history, random page, sorted by responseTime', (rng) => () => source.conversationHistory(hq(rng, { sortField: 'responseTime', page: 1 + randInt(rng, 300) }))),
    await time('history, page 1, filters', (rng) => () => source.conversationHistory(hq(rng, { ...randomFilters(rng) }))),
    await time('history, page 1, officeHours', (rng) => () => source.conversationHistory(hq(rng, { officeHours: true }))),
    await time('history, page 1, officeHours, sorted by resolveTime, filters', (rng) =>
      () => source.conversationHistory(hq(rng, { ...randomFilters(rng), officeHours: true, sortField: 'resolveTime' })),
    ),
  ];
  return { figures, build: [smallStats, bigStats] };
}

/** The figures as the brief asks for them: p50 and p95 per scenario. */
export async function benchEngine(): Promise<EngineFigure[]> {
  return (await runEngineBench()).figures;
}

/** The section `npm run bench` prints and records. */
export async function engineSection(): Promise<Section> {
  const { figures, build } = await runEngineBench();
  return {
    title: 'Demo report engine (1,000,000 conversations)',
    issue: 'the demo data source brief: p50 ≤ 20 ms per report on a 1M-conversation account, one-year ranges',
    figures: [
      ...figures.flatMap((f) => [
        { name: `${f.name}: p50`, value: f.p50, unit: f.unit, target: f.target, direction: 'max' as const },
        { name: `${f.name}: p95`, value: f.p95, unit: f.unit },
      ]),
      ...build.map((b) => ({ name: `generate ${b.conversations.toLocaleString('en-US')} conversations`, value: b.ms, unit: 'ms', ...(b.conversations === 150_000 ? { target: 1500, direction: 'max' as const } : { target: 10_000, direction: 'max' as const }) })),
      ...build.map((b) => ({ name: `dataset typed arrays for ${b.conversations.toLocaleString('en-US')} conversations`, value: b.mb, unit: 'MB', note: `${b.generated} conversations, ${b.replies} replies` })),
    ],
    notes: [`${RUNS} randomized queries per scenario after 20 warm-up queries; users 1–9, ranges ending anywhere in the last year; zones UTC, Europe/Berlin, America/New_York.`],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { figures, build } = await runEngineBench();
  for (const b of build) console.log(`generate ${b.conversations}: ${b.ms.toFixed(0)} ms, ${b.mb.toFixed(0)} MB of typed arrays (${b.generated} conversations, ${b.replies} replies)`);
  console.table(figures.map((f) => ({ scenario: f.name, 'p50 ms': +f.p50.toFixed(2), 'p95 ms': +f.p95.toFixed(2), 'target ms': f.target, met: f.p50 <= f.target })));
}
