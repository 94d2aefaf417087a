/**
 * The conversations of one bucket: how many, a page at a time, each linked to Help Scout, with a
 * CSV of them all. The open bucket and the page live in the URL; opening it moves the focus here.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { ViewBy } from '../../../../contract/api/schemas.ts';
import { toDrilldownParams } from '../../../../contract/requests/drilldown-request.ts';
import type { ReportQuery } from '../../../../contract/url-state/report-query.ts';
import { Pagination } from '../../../components/pagination.tsx';
import { RetryButton } from '../../../components/retry-button.tsx';
import { formatBucketSpan } from '../../../lib/dates/format.ts';
import { formatCount } from '../../../lib/format/count.ts';
import { downloadCsv } from '../../../lib/format/csv.ts';
import { drilldownQueryOptions, getEveryDrilldownRow } from '../api/get-drilldown.ts';
import type { SeriesBucket } from '../lib/comparison-series.ts';
import { buildDrilldownCsv } from '../lib/drilldown-csv.ts';
import { DrilldownTable } from './drilldown-table.tsx';

/** Help Scout's default page size for this report. */
const ROWS = 25;

interface DrilldownPanelProps {
  report: ReportQuery;
  bucket: SeriesBucket;
  viewBy: ViewBy;
  page: number;
  header: () => [string, string][];
  onPage: (page: number) => void;
  onClose: () => void;
}

function conversations(n: number): string {
  return `${formatCount(n)} conversation${n === 1 ? '' : 's'}`;
}

export function DrilldownPanel({ report, bucket, viewBy, page, header, onPage, onClose }: DrilldownPanelProps) {
  const params = toDrilldownParams(report, bucket, page, ROWS);
  const query = useQuery(drilldownQueryOptions(params));
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [exporting, setExporting] = useState(false);
  const span = formatBucketSpan(bucket.start, bucket.end, report.tz, viewBy);

  useEffect(() => heading.current?.focus(), [bucket.start]);

  const data = query.data?.conversations;
  const exportCsv = async () => {
    setExporting(true);
    try {
      const every = await getEveryDrilldownRow(params, 50);
      const partial = every.results.length < every.count ? [['Note', `first ${every.results.length} of ${every.count} conversations`] as [string, string]] : [];
      downloadCsv(buildDrilldownCsv([...header(), ['Bucket', span], ['Conversations', String(every.count)], ...partial], every.results), `new-conversations_${bucket.start.slice(0, 10)}.csv`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <section className="card drilldown" aria-labelledby={headingId}>
      <div className="chart-card-header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          Conversations created {span}
        </h2>
        <button type="button" className="button" onClick={() => void exportCsv()} aria-disabled={exporting || !data || data.count === 0}>
          {exporting ? 'Exporting…' : 'Export conversations CSV'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      {query.isError && !data ? (
        <div className="inline-error" role="alert">
          <p>The conversations could not be loaded: {query.error.message}</p>
          <RetryButton onRetry={() => void query.refetch()} retrying={query.isFetching} />
        </div>
      ) : !data ? (
        <p role="status">Loading the conversations…</p>
      ) : (
        <div className={query.isPlaceholderData ? 'drilldown-body drilldown-body--updating' : 'drilldown-body'}>
          <p className="drilldown-count" role="status">
            {conversations(data.count)}
          </p>
          {data.count > 0 && <DrilldownTable rows={data.results} caption={`Conversations created ${span}, page ${page}`} />}
          {data.pages > 1 && <Pagination page={page} pages={data.pages} total={conversations(data.count)} onPage={onPage} />}
        </div>
      )}
    </section>
  );
}
