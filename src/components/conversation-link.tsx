import { helpScoutConversationUrl } from '../../contract/requests/history-query.ts';

/** The conversation's number, linked to where Help Scout opens it. */
export function ConversationLink({ id, number }: { id: number; number: number }) {
  return (
    <a href={helpScoutConversationUrl({ id, number })} target="_blank" rel="noopener noreferrer">
      #{number}
      <span className="visually-hidden"> (opens Help Scout in a new tab)</span>
    </a>
  );
}
