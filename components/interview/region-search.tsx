'use client';

import { useEffect, useState } from 'react';

/** Letters only, lower case, without accents: «Київська» matches «київ», "Kyïv" matches "kyiv". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * A search box above the region list, with JavaScript only (without it the
 * list alone works, and typing a letter in it jumps there too). Typing hides
 * the regions whose name does not contain what was typed and chooses the
 * first that does, and a polite status says how many match. All texts come
 * from the page, in its language.
 */
export function RegionSearch({
  selectId,
  label,
  hint,
  matches,
  none,
}: {
  /** The id of the region <select>. */
  selectId: string;
  label: string;
  hint: string;
  /** "n regions match", in the page language, at index n (1 to the number of regions). */
  matches: readonly string[];
  none: string;
}) {
  const [mounted, setMounted] = useState(false);
  const [query, setQuery] = useState('');
  const [count, setCount] = useState<number | null>(null);

  // Drawn only once scripts run: without them the box could not do anything.
  useEffect(() => setMounted(true), []);

  useEffect(() => {
    const select = document.getElementById(selectId);
    if (!(select instanceof HTMLSelectElement)) return;
    const wanted = fold(query.trim());
    let shown = 0;
    let first: HTMLOptionElement | null = null;
    for (const option of select.options) {
      if (option.value === '') continue;
      const match = wanted === '' || fold(option.text).includes(wanted);
      option.hidden = !match;
      option.disabled = !match;
      if (match) {
        shown++;
        first ??= option;
      }
    }
    // The first match is chosen unless a region that still matches is chosen already.
    const chosen = select.selectedOptions[0];
    if (wanted !== '' && first && (!chosen || chosen.value === '' || chosen.hidden)) select.value = first.value;
    setCount(wanted === '' ? null : shown);
  }, [query, selectId]);

  if (!mounted) return null;
  const id = `${selectId}-search`;
  return (
    <div className="mb-3 flex flex-col">
      <label htmlFor={id} className="mb-1 font-bold">
        {label}
      </label>
      <span id={`${id}-hint`} className="mb-1 text-sm text-gray-700">
        {hint}
      </span>
      <input
        id={id}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        aria-describedby={`${id}-hint ${id}-status`}
        autoComplete="off"
        spellCheck={false}
        className="h-12 w-full max-w-md rounded border-2 border-gray-900 px-3 text-lg focus:outline-none focus-visible:ring-4 focus-visible:ring-yellow-400 focus-visible:ring-offset-2"
      />
      <p id={`${id}-status`} role="status" className="mt-1 text-sm">
        {count === null ? '' : count === 0 ? none : (matches[count] ?? '')}
      </p>
    </div>
  );
}
