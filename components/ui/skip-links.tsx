/** A link past what comes before it: its text names where it goes, its target is an id on the page. */
export type SkipLink = { href: `#${string}`; label: string; className?: string };

/**
 * Links that are hidden until a keyboard reaches them. The layout's "Skip to content" comes first on
 * every page; a page puts its own first in its content ("Skip to results"), so that its main action is
 * two Tab presses and two Enters from the page's top. A target that is a control (a field, a link) takes
 * the focus itself; any other target is given tabIndex={-1} by its page, so that focus lands on it.
 */
export function SkipLinks({ links }: { links: SkipLink[] }) {
  if (!links.length) return null;
  return (
    <div className="relative print:hidden">
      {links.map((link) => (
        <a
          key={link.href}
          href={link.href}
          className={`${link.className ?? ""} sr-only focus:not-sr-only focus:absolute focus:left-0 focus:top-0 focus:z-10 focus:whitespace-nowrap focus:rounded focus:bg-white focus:p-2 focus:shadow`}
        >
          {link.label}
        </a>
      ))}
    </div>
  );
}
