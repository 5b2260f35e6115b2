import type { Metadata } from 'next';
import type { ReactNode } from 'react';

/**
 * The bare Next.js page's root layout: nothing but the document, a title and
 * an icon (so that Lighthouse's accessibility and console checks have nothing
 * to hold against the baseline). The baseline of `npm run bench`.
 */
export const metadata: Metadata = { title: 'Bare page' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
