// The warning before leaving the editor while something is not on the server yet: closing or
// reloading the tab (the browser asks), and the newsroom's own links, which navigate without a
// page unload: the click is held and `ask` is told where it led, so the editor can ask in its own
// confirmation dialog (editor.leaveQuestion) and go there if the writer says so. No React:
// installed by the draft hook, tested with stand-ins.

type Listener = (event: Event) => void;
type Target = {
  addEventListener(type: string, listener: Listener, capture?: boolean): void;
  removeEventListener(type: string, listener: Listener, capture?: boolean): void;
};

/** Installs the warning; the returned function removes it. */
export function guardLeaving(page: { window: Target; document: Target }, unsaved: () => boolean, ask: (href: string) => void): () => void {
  const warn = (e: Event) => {
    if (unsaved()) e.preventDefault();
  };
  const confirmLink = (e: Event) => {
    const link = (e.target as Element | null)?.closest?.("a[href]");
    if (!link || link.getAttribute("target") === "_blank" || !unsaved()) return;
    e.preventDefault();
    e.stopPropagation();
    ask(link.getAttribute("href")!);
  };
  page.window.addEventListener("beforeunload", warn);
  // Before the link's own handler (Next's client navigation) sees the click.
  page.document.addEventListener("click", confirmLink, true);
  return () => {
    page.window.removeEventListener("beforeunload", warn);
    page.document.removeEventListener("click", confirmLink, true);
  };
}
