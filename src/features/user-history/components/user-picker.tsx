/**
 * A searchable user picker: a combobox with a list of names (the ARIA 1.2 pattern). Typing filters,
 * arrows move, Enter or a click picks, Escape closes. The chosen id lives in the URL.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import type { User } from '../../../../contract/api/schemas.ts';
import { fullName } from '../../../lib/api/users.ts';
import { searchUsers } from '../lib/user-search.ts';

interface UserPickerProps {
  users: readonly User[] | undefined;
  /** Why there are no users to offer (loading, failed). */
  status: string | undefined;
  selected: number | null;
  onSelect: (id: number) => void;
}

export function UserPicker({ users, status, selected, onSelect }: UserPickerProps) {
  const id = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const current = users?.find((user) => user.id === selected);
  const text = query ?? (current ? fullName(current) : selected !== null ? `#${selected}` : '');
  const matches = searchUsers(users ?? [], query ?? '');
  const activeUser = open ? matches[Math.min(active, matches.length - 1)] : undefined;

  const close = () => {
    setOpen(false);
    setQuery(null);
  };
  const choose = (user: User) => {
    close();
    if (user.id !== selected) onSelect(user.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (Math.min(i, matches.length - 1) + step + matches.length) % Math.max(1, matches.length));
    } else if (event.key === 'Enter' && activeUser) {
      event.preventDefault();
      choose(activeUser);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };

  return (
    <div className="field user-picker">
      <label htmlFor={`${id}-input`}>User</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        placeholder={status ?? 'Search by name…'}
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={activeUser ? `${id}-user-${activeUser.id}` : undefined}
        value={text}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onClick={() => setOpen(true)}
        onFocus={(event) => event.target.select()}
        onBlur={close}
        onKeyDown={onKeyDown}
      />
      {open && matches.length > 0 && (
        <ul className="user-picker-list" id={`${id}-list`} role="listbox" aria-label="Users">
          {matches.map((user) => (
            <li
              key={user.id}
              id={`${id}-user-${user.id}`}
              role="option"
              aria-selected={user.id === selected}
              className={user === activeUser ? 'is-active' : undefined}
              // Keep focus in the input, so its blur does not close the list before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(user)}
            >
              <span>{fullName(user)}</span>
              {user.email && <span className="user-picker-email">{user.email}</span>}
            </li>
          ))}
        </ul>
      )}
      {open && matches.length === 0 && (
        <p className="user-picker-note" role="status">
          {status ?? 'No user matches'}
        </p>
      )}
    </div>
  );
}
