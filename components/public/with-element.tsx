import type { ReactNode } from "react";

// Marks where the element goes while the message is formatted (a private-use character, which
// no message and no ordinary text contains).
const marker = "\uE000";

/**
 * A sentence of the catalogue with one element inside it (a link, a <time>, a bold word): the
 * message keeps the whole sentence, so each language orders its words, and the element is put
 * where the message places its argument. `format` gets the marker to pass as that argument.
 */
export function withElement(format: (slot: string) => string, element: ReactNode): ReactNode {
  const text = format(marker);
  const at = text.indexOf(marker);
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      {element}
      {text.slice(at + marker.length)}
    </>
  );
}
