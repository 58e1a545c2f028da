// @vitest-environment happy-dom
/**
 * The keyboard's way to events without a date: a labelled section with one disclosure per event,
 * its details made on first opening (once), and a button that lists the next page, focusing the
 * first new entry and going away when all are listed.
 */
import { describe, expect, it } from 'vitest';
import { PAGE, UndatedList } from '../../src/ui/undated-list.ts';

const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i}`, title: `Event ${i}` }));

function make(n: number) {
  const made: string[] = [];
  const list = new UndatedList(document, entries(n), (id) => {
    made.push(id);
    const p = document.createElement('p');
    p.textContent = `details of ${id}`;
    return p;
  });
  document.body.replaceChildren(list.element);
  return { list, made, summaries: () => [...list.element.querySelectorAll('summary')] };
}

describe('UndatedList', () => {
  it('is a section labelled by its heading, which counts the events', () => {
    const { list } = make(2);
    const heading = document.getElementById(list.element.getAttribute('aria-labelledby') ?? '');
    expect(heading?.textContent).toBe('Events without a date (2)');
    expect([...list.element.querySelectorAll('summary')].map((s) => s.textContent)).toEqual(['Event 0', 'Event 1']);
    expect(list.element.querySelector<HTMLButtonElement>('.cl-undated-list__more')?.hidden).toBe(true);
  });

  it("makes an entry's details when it is first opened, once", () => {
    const { made, summaries } = make(3);
    expect(made).toEqual([]);
    const details = summaries()[1]?.parentElement as HTMLDetailsElement;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    details.open = false;
    details.dispatchEvent(new Event('toggle'));
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    expect(made).toEqual(['e1']);
    expect(details.textContent).toContain('details of e1');
  });

  it('lists a page at a time; the button focuses the first new entry and goes when all are listed', () => {
    const { list, summaries } = make(PAGE + 5);
    const more = list.element.querySelector('.cl-undated-list__more') as HTMLButtonElement;
    expect(summaries()).toHaveLength(PAGE);
    expect(more.hidden).toBe(false);
    expect(more.textContent).toBe('Show 5 more (5 not listed yet)');
    more.click();
    expect(summaries()).toHaveLength(PAGE + 5);
    expect(document.activeElement).toBe(summaries()[PAGE]);
    expect(more.hidden).toBe(true);
  });
});
