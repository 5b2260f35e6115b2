/** "Start the questions" on the hand-over pages, where a link cannot be opened or holds no answers. */
export function StartAgainLink({ lang, text, className }: { lang: string; text: string; className?: string }) {
  return (
    <p className={className}>
      <a href={`/${lang}/q/hostCountry`} className="link">
        {text}
      </a>
    </p>
  );
}
