import type { DrilldownConversation } from '../../../../contract/api/schemas.ts';
import { ConversationLink } from '../../../components/conversation-link.tsx';

/** One page of a bucket's conversations; every text cell is customer data, rendered as text. */
export function DrilldownTable({ rows, caption }: { rows: readonly DrilldownConversation[]; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="drilldown-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Conversation</th>
            <th scope="col">Subject</th>
            <th scope="col">Customer</th>
            <th scope="col">Channel</th>
            <th scope="col">Status</th>
            <th scope="col">Assigned</th>
            <th scope="col">Tags</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <ConversationLink id={row.id} number={row.number} />
              </th>
              <td>{row.subject}</td>
              <td>{row.customerName}</td>
              <td>{row.type ?? '—'}</td>
              <td>{row.status ?? '—'}</td>
              <td>{row.assignedName || 'Unassigned'}</td>
              <td>{row.tags.map((tag) => tag.name).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
