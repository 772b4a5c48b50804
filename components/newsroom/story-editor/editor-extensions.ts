// The body editor's schema: the text the paper prints (StarterKit, trimmed) and its blocks. No
// React here: rich-text-editor.tsx gives the blocks their views, tests build a headless editor.
import StarterKit from "@tiptap/starter-kit";
import { Audio, BlockCommands, Chapter, Embed, Gallery, ImagePair, Infographic, PullQuote, Video } from "./block-nodes";
import { Figure } from "./figure";

// Only what the paper prints: the schema on the server refuses anything else anyway.
export const textExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    link: { openOnClick: false, autolink: true, protocols: ["http", "https", "mailto"], defaultProtocol: "https" },
  }),
  BlockCommands,
];

export const blockNodes = { Figure, Gallery, ImagePair, Video, Audio, Embed, PullQuote, Chapter, Infographic };

/** Everything, without views: what a headless editor (tests) needs. */
export const headlessExtensions = [...textExtensions, ...Object.values(blockNodes)];
