import type { Language } from '../../locales';

/**
 * The optional "prepared with" line: the volunteer types the hub's name into
 * a plain text field on the summary page, and the browser prints what is
 * typed. The name is never sent anywhere (the field belongs to no form), is
 * kept in no cookie and no URL, and is gone when the page is left. Works
 * without JavaScript. In print the field looks like a line of text, and the
 * whole line is left out when the field is empty (`:placeholder-shown`).
 */
export function PreparedWith({ labels, hint }: { labels: readonly { lang: Language; text: string }[]; hint: { lang: Language; text: string } }) {
  return (
    <p className="sum-prepared" data-prepared-with>
      <label htmlFor="prepared-with" className="sum-prepared-label">
        {labels.map((l, i) => (
          <span key={l.lang}>
            {i > 0 && <span aria-hidden="true"> / </span>}
            <span lang={l.lang}>{l.text}</span>
          </span>
        ))}
        :
      </label>{' '}
      <input
        id="prepared-with"
        type="text"
        autoComplete="organization"
        maxLength={80}
        placeholder=" "
        aria-describedby="prepared-with-hint"
        className="sum-prepared-input"
      />
      <span id="prepared-with-hint" lang={hint.lang} className="sum-prepared-hint">
        {hint.text}
      </span>
    </p>
  );
}
