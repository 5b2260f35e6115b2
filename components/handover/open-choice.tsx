import type { TFunction } from 'i18next';

/** The texts of the question a hand-over link asks on a device that holds other answers. */
export interface OpenChoiceTexts {
  title: string;
  body: string;
  mine: string;
  link: string;
}

/** Those texts in one language (the page, the engine and the restore route ask the same question). */
export function openChoiceTexts(t: TFunction): OpenChoiceTexts {
  return {
    title: t('handover:open.confirm.title'),
    body: t('handover:open.confirm.body'),
    mine: t('handover:open.confirm.mine'),
    link: t('handover:open.confirm.link'),
  };
}

/**
 * "Keep my answers / open the answers from the link": asked when a hand-over
 * link is opened on a device that already holds different answers, so that
 * a link (from another site, or someone else's) never replaces them
 * silently. A plain form to the restore route, which works without
 * JavaScript; the engine in the browser answers it itself offline. Keeping
 * one's own answers is the first button (what Enter does).
 * The restore route draws the same question as a page of its own.
 */
export function OpenChoice({ lang, fragment, texts }: { lang: string; fragment: string; texts: OpenChoiceTexts }) {
  return (
    <div className="space-y-4" data-open-state="ask">
      <h2 className="text-xl font-bold">{texts.title}</h2>
      <p>{texts.body}</p>
      <form method="post" action={`/${lang}/restore`} className="flex flex-wrap gap-3" data-open-choice>
        <input type="hidden" name="fragment" value={fragment} />
        <button
          type="submit"
          name="choice"
          value="mine"
          className="rounded bg-green-800 px-5 py-2 font-bold text-white hover:bg-green-900 focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black"
        >
          {texts.mine}
        </button>
        <button
          type="submit"
          name="choice"
          value="link"
          className="rounded border-2 border-blue-900 px-5 py-2 font-bold text-blue-900 hover:bg-blue-50 focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black"
        >
          {texts.link}
        </button>
      </form>
    </div>
  );
}
