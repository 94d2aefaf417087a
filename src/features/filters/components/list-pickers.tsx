/** The list filters: names come from the list endpoints, the URL keeps ids. */
import { useQueries, useQuery } from '@tanstack/react-query';
import { CONVERSATION_TYPES, type ConversationType, type Folder } from '../../../../contract/api/schemas.ts';
import { foldersQueryOptions } from '../api/get-folders.ts';
import { mailboxesQueryOptions } from '../api/get-mailboxes.ts';
import { tagsQueryOptions } from '../api/get-tags.ts';
import { CHANNEL_LABELS } from '../../../lib/report-filters/presets.ts';
import { listStatus } from './list-status.tsx';
import { MultiSelect } from '../../../components/multi-select.tsx';

interface PickerProps<T> {
  selected: readonly T[];
  onChange: (values: T[]) => void;
}

const unknownId = (id: number) => `#${id} (not found)`;

export function MailboxPicker(props: PickerProps<number>) {
  const query = useQuery(mailboxesQueryOptions());
  const options = (query.data ?? []).map((m) => ({ value: m.id, label: m.name }));
  return <MultiSelect label="Mailboxes" options={options} status={listStatus(query, 'mailboxes')} unknownLabel={unknownId} {...props} />;
}

export interface FolderPickerProps extends PickerProps<number> {
  mailboxes: readonly number[];
  mailboxNames: ReadonlyMap<number, string>;
}

/** Folders belong to mailboxes: the picker offers the folders of the chosen mailboxes only. */
export function FolderPicker({ mailboxes, mailboxNames, ...props }: FolderPickerProps) {
  const queries = useQueries({ queries: mailboxes.map((id) => foldersQueryOptions(id)) });
  const lists = queries.map((q, i) => ({ mailbox: mailboxes[i] ?? 0, folders: q.data ?? ([] as Folder[]) }));
  const options = lists.flatMap(({ mailbox, folders }) =>
    folders.map((f) => ({ value: f.id, label: mailboxes.length > 1 ? `${mailboxNames.get(mailbox) ?? `#${mailbox}`} › ${f.name}` : f.name })),
  );
  const status = listStatus(queries.find((q) => q.isError) ?? queries.find((q) => q.isPending), 'folders');
  const none = mailboxes.length === 0 && props.selected.length === 0;
  return (
    <MultiSelect
      label="Folders"
      options={options}
      status={status}
      disabled={none}
      allLabel={mailboxes.length === 0 ? 'Choose a mailbox first' : 'All'}
      unknownLabel={unknownId}
      {...props}
    />
  );
}

export function TagPicker(props: PickerProps<number>) {
  const query = useQuery(tagsQueryOptions());
  const options = (query.data ?? []).map((t) => ({ value: t.id, label: t.tag })).sort((a, b) => a.label.localeCompare(b.label));
  return <MultiSelect label="Tags" options={options} searchable status={listStatus(query, 'tags')} unknownLabel={unknownId} {...props} />;
}

const channelOptions = CONVERSATION_TYPES.map((type) => ({ value: type, label: CHANNEL_LABELS[type] }));

export function ChannelPicker(props: PickerProps<ConversationType>) {
  return <MultiSelect label="Channels" options={channelOptions} {...props} />;
}
