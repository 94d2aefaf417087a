import { useQuery } from '@tanstack/react-query';
import { healthQueryOptions } from '../lib/api/health.ts';

/** Says which data source is live, so nobody mistakes the demo account for their own. */
export function SourceBadge() {
  const { data } = useQuery(healthQueryOptions());
  if (!data) return null;
  const label = data.source === 'demo' ? 'Demo account' : 'Help Scout';
  return (
    <span className={`source-badge source-badge--${data.source}`} title={`Data source: ${label}`}>
      {label}
    </span>
  );
}
