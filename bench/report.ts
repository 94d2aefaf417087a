/** One measured figure, printed and recorded next to its target. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The issue's target, when it has one. */
  target?: number;
  /** 'max': value must be at or under target; 'min': at or over. */
  direction?: 'max' | 'min';
  note?: string;
}

export interface Section {
  title: string;
  issue: string;
  figures: Figure[];
  notes?: string[];
  /** When the section was measured (ISO); sections of one report may come from different runs. */
  measuredAt?: string;
}

export function verdict(f: Figure): string {
  if (f.target === undefined) return '';
  const ok = f.direction === 'min' ? f.value >= f.target : f.value <= f.target;
  if (ok) return 'met';
  const by = f.direction === 'min' ? f.target - f.value : f.value - f.target;
  return `missed by ${round(by)} ${f.unit}`;
}

export function round(n: number): number {
  if (Math.abs(n) >= 100) return Math.round(n);
  if (Math.abs(n) >= 10) return Math.round(n * 10) / 10;
  // A small figure (a layout shift of 0.0007, say) keeps two significant digits rather than reading 0.
  if (n !== 0 && Math.abs(n) < 0.01) return Number(n.toPrecision(2));
  return Math.round(n * 100) / 100;
}

export function toMarkdown(sections: Section[], machine: Record<string, string>): string {
  const lines = ['# Benchmarks', '', 'Written by `npm run bench`. Each figure stands next to the target its issue sets.', ''];
  lines.push('| machine | |', '|---|---|', ...Object.entries(machine).map(([k, v]) => `| ${k} | ${v} |`), '');
  for (const s of sections) {
    const when = s.measuredAt ? ` Measured ${s.measuredAt.slice(0, 16).replace('T', ' ')} UTC.` : '';
    lines.push(`## ${s.title}`, '', `Target source: ${s.issue}.${when}`, '', '| figure | value | target | verdict |', '|---|---:|---:|---|');
    for (const f of s.figures) {
      const target = f.target === undefined ? '' : `${f.direction === 'min' ? '≥' : '≤'} ${f.target} ${f.unit}`;
      lines.push(`| ${f.name}${f.note ? ` (${f.note})` : ''} | ${round(f.value)} ${f.unit} | ${target} | ${verdict(f)} |`);
    }
    if (s.notes?.length) lines.push('', ...s.notes.map((n) => `- ${n}`));
    lines.push('');
  }
  return lines.join('\n');
}

export function printSection(s: Section): void {
  console.log(`\n${s.title}`);
  for (const f of s.figures) {
    const v = verdict(f);
    console.log(`  ${f.name.padEnd(58)} ${String(round(f.value)).padStart(10)} ${f.unit.padEnd(6)} ${f.target === undefined ? '' : `target ${f.direction === 'min' ? '≥' : '≤'} ${f.target}`} ${v}`);
  }
}
