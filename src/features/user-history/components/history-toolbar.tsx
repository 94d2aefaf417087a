/** Who to look at, and how: the user, the conversations' status, office hours, and collapsing duplicate replies. */
import { useQuery } from '@tanstack/react-query';
import type { HistoryStatusFilter } from '../../../../contract/api/schemas.ts';
import { MultiSelect, type MultiSelectOption } from '../../../components/multi-select.tsx';
import { usersQueryOptions } from '../../../lib/api/users.ts';
import { collapseChange, type HistoryOptions } from '../../../../contract/url-state/history-url-state.ts';
import { UserPicker } from './user-picker.tsx';
import './user-history.css';

const STATUS_OPTIONS: readonly MultiSelectOption<HistoryStatusFilter>[] = [
  { value: 'active', label: 'Active' },
  { value: 'pending', label: 'Pending' },
  { value: 'closed', label: 'Closed' },
];

interface HistoryToolbarProps {
  options: HistoryOptions;
  onChange: (patch: Partial<HistoryOptions>) => void;
}

export function HistoryToolbar({ options, onChange }: HistoryToolbarProps) {
  const users = useQuery(usersQueryOptions());
  const status = users.isError ? `Couldn’t load users: ${users.error.message}` : users.isPending ? 'Loading users…' : undefined;
  return (
    <section className="history-toolbar" aria-label="User and options">
      <UserPicker users={users.data} status={status} selected={options.user} onSelect={(user) => onChange({ user, page: 1 })} />
      <MultiSelect
        label="Status"
        allLabel="Any status"
        options={STATUS_OPTIONS}
        selected={options.status}
        onChange={(status) => onChange({ status: [...status].sort(), page: 1 })}
      />
      <label className="history-toggle">
        <input type="checkbox" checked={options.officeHours} onChange={(event) => onChange({ officeHours: event.target.checked, page: 1 })} />
        Office hours <small>(count office time only)</small>
      </label>
      <label className="history-toggle">
        <input
          type="checkbox"
          checked={options.collapse}
          onChange={(event) => onChange(collapseChange(options, event.target.checked))}
        />
        Collapse duplicate replies <small>(one row per conversation)</small>
      </label>
    </section>
  );
}
