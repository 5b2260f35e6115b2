import type { TFunction } from 'i18next';
import type { PresentedOption } from '../../lib/present';

type Status = PresentedOption['status'];

/** A shape and a word for each status, so that nothing depends on colour alone. */
const LOOK: Record<Status, { icon: string; className: string }> = {
  eligible: { icon: '✓', className: 'border-green-800 bg-green-50 text-green-900' },
  maybe: { icon: '?', className: 'border-amber-700 bg-amber-50 text-amber-900' },
  'not-eligible': { icon: '✕', className: 'border-red-800 bg-red-50 text-red-900' },
  info: { icon: 'i', className: 'border-blue-800 bg-blue-50 text-blue-900' },
};

export function StatusBadge({ status, t }: { status: Status; t: TFunction }) {
  const look = LOOK[status];
  return (
    <p className={`inline-flex items-center gap-1 rounded border-2 px-1 text-[0.8125rem] font-bold ${look.className}`} data-status-text={status}>
      <span
        aria-hidden="true"
        className="inline-flex h-4 w-4 shrink-0 items-center justify-center rounded-full border-[1.5px] border-current text-[0.625rem] leading-none"
      >
        {look.icon}
      </span>
      <span>{t(`common:status.${status}`)}</span>
    </p>
  );
}

export function statusWord(t: TFunction, status: Status | null): string {
  return status === null ? t('results:timeline.gone') : t(`common:status.${status}`);
}
