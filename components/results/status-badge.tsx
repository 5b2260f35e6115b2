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
    <p className={`inline-flex items-center gap-2 rounded border-2 px-2 py-1 font-bold ${look.className}`} data-status-text={status}>
      <span
        aria-hidden="true"
        className="inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full border-2 border-current text-sm leading-none"
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
