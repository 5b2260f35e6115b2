/**
 * The GOV.UK error summary: at the top of the page, announced at once
 * (role="alert"), each problem a link to the field it is about.
 */
export function ErrorSummary({ title, items }: { title: string; items: { href: string; text: string }[] }) {
  return (
    <div
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      data-error-summary
      className="mb-6 border-4 border-red-700 p-4 focus:outline-none focus-visible:ring-4 focus-visible:ring-yellow-300"
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        {title}
      </h2>
      <ul className="mt-2 space-y-1">
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href} className="font-bold text-red-800 underline underline-offset-4 hover:decoration-2 focus:outline-none focus-visible:bg-yellow-300 focus-visible:text-black">
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
