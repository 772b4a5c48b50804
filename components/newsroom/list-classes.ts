// The newsroom's lists are tables at desktop width and stacks of cards on a phone: one markup
// (one table, one set of controls, its semantics kept), restyled under the md breakpoint, where
// each cell shows its column's name from data-label. No column is squeezed and nothing scrolls sideways.
export const listTable = "block w-full text-left text-sm md:table";
/** Column headings stay for assistive technology on a phone; each card labels its own values. */
export const listThead = "bg-stone-100 max-md:sr-only";
export const listTbody = "block divide-y divide-stone-200 md:table-row-group";
export const listRow = "flex flex-wrap items-baseline gap-x-4 gap-y-1 p-3 md:table-row md:p-0";
export const listCell =
  "block align-top break-words md:table-cell md:px-3 md:py-2 max-md:before:mr-1 max-md:before:text-xs max-md:before:text-muted max-md:before:content-[attr(data-label)_':']";
