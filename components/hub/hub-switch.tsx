import { LANGUAGES, type Language } from '../../locales/languages';
import type { HubMode } from '../../lib/hub-languages';
import { hubLanguagesLine, notKeptLine, type HubTexts } from './hub-texts';

const SELECT = 'h-12 w-full max-w-xs rounded border-2 border-gray-900 bg-white px-3 text-lg focus:outline-none focus-visible:ring-4 focus-visible:ring-yellow-400 focus-visible:ring-offset-2';
const BUTTON =
  'min-h-11 rounded px-4 py-2 font-bold focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black';

function LanguageSelect({ id, name, label, value, autonyms }: { id: string; name: string; label: string; value: Language; autonyms: HubTexts['autonyms'] }) {
  return (
    <div className="flex flex-col">
      <label htmlFor={id} className="mb-1 font-bold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={SELECT}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {autonyms[l]}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The hub-mode switch on the start page, for a volunteer at a social hub:
 * the volunteer's language (the interface) and the client's language (the
 * questions and results). Plain form posts to /[lang]/hub-mode; only the
 * two languages are stored. Folded away when off, so that a displaced person
 * on their own phone is not distracted by it.
 */
export function HubSwitch({
  lang,
  texts,
  hub,
  notKept = null,
}: {
  lang: Language;
  texts: HubTexts;
  hub: HubMode | null;
  /** Turned on without network for a volunteer language whose pages this device does not keep (components/hub/start-hub.tsx). */
  notKept?: Language | null;
}) {
  const form = (
    <form method="post" action={`/${lang}/hub-mode`} className="mt-3 space-y-4">
      <input type="hidden" name="mode" value="on" />
      <LanguageSelect id="hub-volunteer" name="volunteer" label={texts.volunteer} value={hub?.volunteer ?? lang} autonyms={texts.autonyms} />
      <LanguageSelect id="hub-client" name="client" label={texts.client} value={hub?.client ?? 'uk'} autonyms={texts.autonyms} />
      <button type="submit" data-action={hub ? 'hub-save' : 'hub-on'} className={`${BUTTON} bg-blue-900 text-white hover:bg-blue-950`}>
        {hub ? texts.save : texts.on}
      </button>
    </form>
  );

  if (!hub) {
    return (
      <details className="rounded border-2 border-gray-300 p-3 print:hidden" data-hub-switch="off">
        <summary className="min-h-11 cursor-pointer py-2 font-bold text-blue-800 underline underline-offset-4 focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black">
          {texts.title}
        </summary>
        <p className="mt-2">{texts.intro}</p>
        <p className="mt-2 text-gray-800">{texts.privacy}</p>
        {form}
      </details>
    );
  }

  return (
    <section aria-labelledby="hub-title" className="rounded border-2 border-gray-900 p-3 print:hidden" data-hub-switch="on">
      <h2 id="hub-title" tabIndex={-1} className="text-xl font-bold focus:outline-none">
        {texts.onTitle}
      </h2>
      <p className="mt-2">{hubLanguagesLine(texts, hub)}</p>
      {notKept && (
        <p className="mt-2 font-bold" data-hub-not-kept={notKept}>
          {notKeptLine(texts, notKept)}
        </p>
      )}
      <p className="mt-2 text-gray-800">{texts.privacy}</p>
      {form}
      <form method="post" action={`/${lang}/hub-mode`} className="mt-4">
        <input type="hidden" name="mode" value="off" />
        <button type="submit" data-action="hub-off" className={`${BUTTON} border-2 border-gray-900 bg-white text-gray-900 hover:bg-gray-100`}>
          {texts.off}
        </button>
      </form>
    </section>
  );
}
