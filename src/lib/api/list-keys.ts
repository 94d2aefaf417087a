/** Query keys of the list endpoints, generic to specific. */
export const listKeys = {
  all: ['lists'] as const,
  mailboxes: () => [...listKeys.all, 'mailboxes'] as const,
  folders: (mailboxId: number) => [...listKeys.all, 'folders', mailboxId] as const,
  tags: () => [...listKeys.all, 'tags'] as const,
};

/** Lists change rarely; a picker need not refetch them while a manager works. */
export const LIST_STALE_TIME = 10 * 60_000;
