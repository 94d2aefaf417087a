import { apiGet, type RequestOptions } from './client.ts';
import { listEnvelopeSchema, type ListEnvelope, type Schema } from '../../../contract/api/schemas.ts';

/** Fetching more pages than this would mean a list no picker can show anyway. */
const MAX_PAGES = 40;

/** Every item of a v1 list endpoint: page 1 says how many pages there are, the rest come in parallel. */
export async function fetchAllPages<T>(path: string, item: Parameters<typeof listEnvelopeSchema>[0] & Schema<T>, init: RequestOptions = {}): Promise<T[]> {
  const schema = listEnvelopeSchema(item) as unknown as Schema<ListEnvelope<T>>;
  const first = await apiGet(path, {}, schema, init);
  const rest = Array.from({ length: Math.min(first.pages, MAX_PAGES) - 1 }, (_, i) =>
    apiGet(path, { page: i + 2 }, schema, init),
  );
  const pages = await Promise.all(rest);
  return [first, ...pages].flatMap((page) => page.items);
}
