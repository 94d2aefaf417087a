import { queryOptions } from '@tanstack/react-query';
import { apiGet } from './client.ts';
import { healthSchema } from '../../../contract/api/schemas.ts';

export function healthQueryOptions() {
  return queryOptions({
    queryKey: ['health'],
    queryFn: ({ signal }) => apiGet('/health', {}, healthSchema, { signal }),
    staleTime: Infinity,
  });
}
