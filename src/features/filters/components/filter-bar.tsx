/** Every filter of a report page; each change becomes a new URL (a history entry). */
import { useQueries } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { countSetFilters } from '../../../lib/report-filters/count-set-filters.ts';
import { foldersQueryOptions } from '../api/get-folders.ts';
import type { ReportFiltersController } from '../../../lib/report-filters/use-report-filters.ts';
import { useFilterNames } from '../hooks/use-filter-names.ts';
import { keepFoldersOfMailboxes, shareSearch } from '../../../lib/report-filters/filter-changes.ts';
import { CompareSelect } from './compare-select.tsx';
import { CopyLinkButton } from './copy-link-button.tsx';
import { ChannelPicker, FolderPicker, MailboxPicker, TagPicker } from './list-pickers.tsx';
import { RangePicker } from './range-picker.tsx';
import { TimeZoneSelect, WeekStartSelect } from './time-zone-select.tsx';
import { ViewByToggle } from './view-by-toggle.tsx';
import './filter-bar.css';

interface FilterBarProps {
  controller: ReportFiltersController;
  /** Page actions shown with Reset and Copy link. */
  actions?: ReactNode;
  /** Hides the comparison and bucket-size controls, for reports that have neither (User history). */
  hideComparison?: boolean;
  /** Hides the bucket-size control only, for reports with a comparison but no buckets (Team). */
  hideViewBy?: boolean;
  /** The link Copy link copies, for pages whose URL holds more than the shared filters. */
  shareUrl?: () => string;
}

const FILTER_BAR_ID = 'filters';

/** Where the keyboard focus goes when a control that changes the whole view removes itself (refocus-if-lost.ts). */
export const filterBarTarget = () => document.getElementById(FILTER_BAR_ID);

export function FilterBar({ controller, actions, hideComparison = false, hideViewBy = false, shareUrl: pageShareUrl }: FilterBarProps) {
  const { filters, resolved, browserTz, change, reset } = controller;
  const names = useFilterNames(filters.mailboxes);
  const folderLists = useQueries({ queries: filters.mailboxes.map((id) => foldersQueryOptions(id)) });
  const changeMailboxes = (mailboxes: number[]) => {
    const folderIds = new Map(filters.mailboxes.map((id, i) => [id, (folderLists[i]?.data ?? []).map((f) => f.id)]));
    change({ mailboxes, folders: keepFoldersOfMailboxes(filters.folders, folderIds, mailboxes) });
  };
  // On a phone the controls fold behind one button, so the figures come first (CSS shows it there only).
  const [unfolded, setUnfolded] = useState(false);
  const controlsId = useId();
  const setCount = countSetFilters(filters);
  const shareUrl = pageShareUrl ?? (() => `${window.location.origin}${window.location.pathname}?${shareSearch(filters, browserTz)}`);

  return (
    <section id={FILTER_BAR_ID} className={unfolded ? 'filter-bar' : 'filter-bar filter-bar--folded'} aria-label="Filters">
      <button type="button" className="button filter-fold" aria-expanded={unfolded} aria-controls={controlsId} onClick={() => setUnfolded((v) => !v)}>
        Filters{setCount > 0 ? ` (${setCount} set)` : ''}
      </button>
      <div className="filter-controls" id={controlsId}>
      <div className="filter-row">
        <RangePicker range={filters.range} days={resolved.range} onChange={(range) => change({ range })} />
        {!hideComparison && (
          <>
            <CompareSelect
              compare={filters.compare}
              days={resolved.previous}
              fallbackDays={resolved.range}
              onChange={(compare) => change({ compare })}
            />
            {!hideViewBy && <ViewByToggle value={resolved.viewBy} allowed={resolved.allowedViewBy} onChange={(viewBy) => change({ viewBy })} />}
          </>
        )}
        <TimeZoneSelect value={filters.tz} browserTz={browserTz} onChange={(tz) => change({ tz })} />
        <WeekStartSelect value={filters.weekStart} onChange={(weekStart) => change({ weekStart })} />
      </div>
      <div className="filter-row">
        <MailboxPicker selected={filters.mailboxes} onChange={changeMailboxes} />
        <FolderPicker
          selected={filters.folders}
          mailboxes={filters.mailboxes}
          mailboxNames={names.mailboxes}
          onChange={(folders) => change({ folders })}
        />
        <TagPicker selected={filters.tags} onChange={(tags) => change({ tags })} />
        <ChannelPicker selected={filters.types} onChange={(types) => change({ types })} />
        <div className="filter-actions">
          <button type="button" className="button" onClick={reset}>
            Reset
          </button>
          <CopyLinkButton url={shareUrl} />
          {actions}
        </div>
      </div>
      </div>
    </section>
  );
}
