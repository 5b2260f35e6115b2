import type { TFunction } from 'i18next';
import type { ConditionLine } from '../../lib/describe-condition';
import { parameterName } from '../../lib/describe-condition';

/** A described condition as nested lists: each line, its exact rule, its source, then its parts. */
export function ConditionTree({ lines, t, sourceTitle }: { lines: ConditionLine[]; t: TFunction; sourceTitle: (id: string) => string }) {
  return (
    <ul className="mt-1 list-disc space-y-2 pl-6">
      {lines.map((line, i) => (
        <li key={i} data-condition-line>
          <span>{line.text}</span>
          {line.rule && (
            <span className="mt-1 block text-sm text-gray-800">
              <span className="font-bold">{t('rulebook:set.exactRule')}:</span> {line.rule}
            </span>
          )}
          {(line.source || line.params.length > 0) && (
            <span className="mt-1 block text-sm text-gray-800">
              {line.source && (
                <>
                  {t('rulebook:set.source')}:{' '}
                  <a href={`#source-${line.source}`} className="link">
                    {sourceTitle(line.source)}
                  </a>
                </>
              )}
              {line.source && line.params.length > 0 && ' · '}
              {line.params.length > 0 && (
                <>
                  {t('rulebook:set.paramsUsed')}:{' '}
                  {line.params.map((p, j) => (
                    <span key={p}>
                      {j > 0 && ', '}
                      <a href={`#param-${p}`} className="link">
                        {parameterName({ t }, p) ?? p}
                      </a>
                    </span>
                  ))}
                </>
              )}
            </span>
          )}
          {line.children.length > 0 && <ConditionTree lines={line.children} t={t} sourceTitle={sourceTitle} />}
        </li>
      ))}
    </ul>
  );
}
