'use client';

import { useEffect } from 'react';

/** Letters only, lower case, without accents: «Чехія» matches «чех», "Österreich" matches "osterr". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * Filters the list an input names (`data-filter-list`, the list's id): its
 * items (`data-filter-text`: extra words to match beside the item's own text)
 * with no word that starts with what was typed are hidden,
 * except those marked `data-filter-always` ("another country"). The status
 * (`data-filter-status`, the id of a polite live region) says how many match,
 * from the input's `data-filter-found` ("{{n}}" in the page's language)
 * and `data-filter-none`. Returns the items that match (without the always-shown ones).
 */
function filter(input: HTMLInputElement): HTMLElement[] {
  const list = document.getElementById(input.dataset.filterList ?? '');
  if (!list) return [];
  const wanted = fold(input.value.trim());
  // At the start of a word: «пол» finds Польща, not «Сполучені Штати».
  const pattern = new RegExp(`(?:^|[\\s(\\-–])${wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
  const matching: HTMLElement[] = [];
  for (const item of list.querySelectorAll<HTMLElement>('[data-filter-text]')) {
    const always = item.dataset.filterAlways !== undefined;
    // The item's own text (in hub mode both languages) and its extra words (the country's code).
    const match = wanted === '' || pattern.test(fold(`${item.textContent ?? ''} ${item.dataset.filterText ?? ''}`));
    item.hidden = !(match || always);
    if (match && !always) matching.push(item);
  }
  const status = document.getElementById(input.dataset.filterStatus ?? '');
  if (status) {
    status.textContent =
      wanted === '' ? '' : matching.length === 0 ? (input.dataset.filterNone ?? '') : (input.dataset.filterFound ?? '').replace('{{n}}', String(matching.length));
  }
  return matching;
}

/**
 * The search box above a long list of radios (the host countries): with
 * JavaScript only. Without it the box is not shown (`.js-only`, see
 * globals.css) and the radios alone work. Behaviour only, in the layout, so
 * that the question's view stays plain HTML (ADR 12): it marks the document
 * as scripted (`<html data-js>`), and listens on the document, so that the
 * steps the interview engine draws later are covered too.
 *
 * Enter in the box never sends the form: with one match, that answer is
 * chosen and focused (Continue is then one key away); with several, the
 * first match is focused and nothing is chosen.
 */
export function ListFilter() {
  useEffect(() => {
    document.documentElement.dataset.js = '';
    const isFilter = (target: EventTarget | null): target is HTMLInputElement => target instanceof HTMLInputElement && target.dataset.filterList !== undefined;
    const onInput = (event: Event) => {
      if (isFilter(event.target)) filter(event.target);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !isFilter(event.target)) return;
      event.preventDefault();
      const matching = filter(event.target);
      const radio = matching[0]?.querySelector<HTMLInputElement>('input[type="radio"]');
      if (!radio) return;
      if (matching.length === 1) radio.checked = true;
      radio.focus();
    };
    document.addEventListener('input', onInput);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('input', onInput);
      document.removeEventListener('keydown', onKey);
    };
  }, []);
  return null;
}
