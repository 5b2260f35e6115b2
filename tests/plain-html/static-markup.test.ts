/**
 * The results page's body is drawn by React's HTML renderer, loaded at run
 * time (components/plain-html/static-markup.ts): escaped text, React's attribute names, and
 * nothing of a client component's behaviour.
 */
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { staticMarkup } from '../../components/plain-html/static-markup';

describe('a view as plain HTML', () => {
  it('escapes text and writes React’s props as HTML attributes', () => {
    const html = staticMarkup(
      createElement('p', { className: 'link', 'data-option': 'NL.transition-permit' }, 'Income < €1,450 & "rent"', createElement('label', { htmlFor: 'x' }, 'A')),
    );
    expect(html).toBe('<p class="link" data-option="NL.transition-permit">Income &lt; €1,450 &amp; &quot;rent&quot;<label for="x">A</label></p>');
  });

  it('calls function components and leaves out what renders nothing', () => {
    const Reason = ({ text }: { text: string }) => createElement('li', null, text);
    const Nothing = () => null;
    expect(staticMarkup(createElement('ul', null, createElement(Reason, { text: 'age 18 or over' }), createElement(Nothing)))).toBe('<ul><li>age 18 or over</li></ul>');
  });
});
