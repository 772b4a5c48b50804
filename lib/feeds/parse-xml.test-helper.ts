// Test helper: parse a feed back with a real XML parser, failing on any well-formedness error,
// so tests compare what a feed reader would see rather than the bytes we wrote.
// (@xmldom/xmldom is already installed as mammoth's dependency; tests only.)
import { DOMParser } from "@xmldom/xmldom";

export function parseXml(xml: string): Document {
  const fail = (message: string) => {
    throw new Error(`XML not well-formed: ${message}`);
  };
  return new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(xml, "application/xml");
}

/** Text of every element with this tag name (namespace prefix included, as written). */
export function texts(doc: Document, tagName: string): string[] {
  return Array.from(doc.getElementsByTagName(tagName)).map((e) => e.textContent ?? "");
}
