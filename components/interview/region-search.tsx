'use client';

import { useEffect, useState } from 'react';

/** Letters only, lower case, without accents: «Київська» matches «київ», "Kyïv" matches "kyiv". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * A search box above the region list, with JavaScript only (without it the
 * list alone works, and typing a letter in it jumps there too). Typing hides
 * the regions whose name does not contain what was typed, and a polite
 * status says how many match. It never guesses: a region is chosen for the
 * person only when it is the one match; with several («київ»: Kyiv city and
 * Kyiv oblast, which some countries treat differently) the choice is left to
 * them. Enter in the box never sends the form: it moves to the list, and
 * with several matches the status asks to choose one. All texts come from
 * the page, in its language.
 */
export function RegionSearch({
  selectId,
  label,
  hint,
  matches,
  none,
  choose,
}: {
  /** The id of the region <select>. */
  selectId: string;
  label: string;
  hint: string;
  /** "n regions match", in the page language, at index n (1 to the number of regions). */
  matches: readonly string[];
  none: string;
  /** Enter with several matches: "Choose one of them in the list." */
  choose: string;
}) {
  const [mounted, setMounted] = useState(false);
  const [query, setQuery] = useState('');
  const [count, setCount] = useState<number | null>(null);
  const [asked, setAsked] = useState(false);

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
    // Never a guess: the one match is chosen; with several, a chosen region that no longer matches is let go.
    const chosen = select.selectedOptions[0];
    if (wanted !== '' && shown === 1 && first) select.value = first.value;
    else if (chosen?.hidden) select.value = '';
    setCount(wanted === '' ? null : shown);
    setAsked(false);
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
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          // Enter in the box would send the form with whatever the list holds: go to the list instead.
          event.preventDefault();
          if (count !== null && count > 1) setAsked(true);
          document.getElementById(selectId)?.focus();
        }}
        aria-describedby={`${id}-hint ${id}-status`}
        autoComplete="off"
        spellCheck={false}
        className="h-12 w-full max-w-md rounded border-2 border-gray-900 px-3 text-lg focus:outline-none focus-visible:ring-4 focus-visible:ring-yellow-400 focus-visible:ring-offset-2"
      />
      <p id={`${id}-status`} role="status" className="mt-1 text-sm">
        {count === null ? '' : count === 0 ? none : `${matches[count] ?? ''}${asked ? ` ${choose}` : ''}`}
      </p>
    </div>
  );
}
