import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { fixturePath } from "@/db/seed/seed";
import {
  decodeLegacy,
  decodeTcvn3,
  decodeViscii,
  decodeVni,
  decodeWindows1258,
  detectLegacyEncoding,
  isVietnameseSyllable,
  LEGACY_ENCODINGS,
  scoreVietnamese,
  type LegacyEncoding,
} from "./legacy-encodings";

const story = fs.readFileSync(fixturePath, "utf8");

// The charts, written out again here from TCVN 5712:1993 (VN3) and the VNI-Windows layout, so the
// tables in the module are checked against a second copy. Each row: a vowel without tone, then
// with the grave, hook, tilde, acute and dot below.
const TCVN3_CHART: [string, number[]][] = [
  ["aàảãáạ", [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ["ăằẳẵắặ", [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ["âầẩẫấậ", [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ["eèẻẽéẹ", [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ["êềểễếệ", [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ["iìỉĩíị", [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ["oòỏõóọ", [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ["ôồổỗốộ", [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ["ơờởỡớợ", [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee]],
  ["uùủũúụ", [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ["ưừửữứự", [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ["yỳỷỹýỵ", [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
  ["đ", [0xae]],
];
/** The only capitals with diacritics VN3 has. */
const TCVN3_CAPITALS: [string, number][] = [...["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"].entries()].map(([i, c]) => [c, 0xa1 + i]);

/** VNI spellings as Windows-1252 characters: the base letter, then the mark byte. */
const VNI_CHART: [string, string[]][] = [
  ["aàảãáạ", ["a", "aø", "aû", "aõ", "aù", "aï"]],
  ["ăằẳẵắặ", ["aê", "aè", "aú", "aü", "aé", "aë"]],
  ["âầẩẫấậ", ["aâ", "aà", "aå", "aã", "aá", "aä"]],
  ["eèẻẽéẹ", ["e", "eø", "eû", "eõ", "eù", "eï"]],
  ["êềểễếệ", ["eâ", "eà", "eå", "eã", "eá", "eä"]],
  ["iìỉĩíị", ["i", "ì", "æ", "ó", "í", "ò"]],
  ["oòỏõóọ", ["o", "oø", "oû", "oõ", "où", "oï"]],
  ["ôồổỗốộ", ["oâ", "oà", "oå", "oã", "oá", "oä"]],
  ["ơờởỡớợ", ["ô", "ôø", "ôû", "ôõ", "ôù", "ôï"]],
  ["uùủũúụ", ["u", "uø", "uû", "uõ", "uù", "uï"]],
  ["ưừửữứự", ["ö", "öø", "öû", "öõ", "öù", "öï"]],
  ["yỳỷỹýỵ", ["y", "yø", "yû", "yõ", "yù", "î"]],
  ["đ", ["ñ"]],
];

// Windows-1252 punctuation Word writes in the 0x80–0x9F range of these files.
const CP1252_PUNCTUATION: Record<string, number> = { "…": 0x85, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97, "\u00a0": 0xa0 };

const letterRows = <T>(chart: [string, T[]][]) => chart.flatMap(([letters, codes]) => [...letters].map((letter, i) => [letter, codes[i]!] as const));

const TCVN3_BYTES = new Map<string, number>([...letterRows(TCVN3_CHART), ...TCVN3_CAPITALS]);
const VNI_SPELLINGS = new Map<string, string>(
  letterRows(VNI_CHART).flatMap(([letter, spelling]) => [
    [letter, spelling],
    [letter.toUpperCase(), spelling.toUpperCase()],
  ]),
);

function encodeWith(text: string, encodeChar: (c: string) => number[] | undefined): Uint8Array {
  const out: number[] = [];
  for (const c of text.normalize("NFC")) {
    const code = c.charCodeAt(0);
    const bytes = code < 0x80 ? [code] : (encodeChar(c) ?? (CP1252_PUNCTUATION[c] === undefined ? undefined : [CP1252_PUNCTUATION[c]]));
    if (!bytes) throw new Error(`cannot encode ${JSON.stringify(c)}`);
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}

/** TCVN3 as the ABC keyboard typed it: a toned capital VN3 lacks is the lowercase letter's byte. */
const encodeTcvn3 = (text: string) =>
  encodeWith(text, (c) => {
    const byte = TCVN3_BYTES.get(c) ?? TCVN3_BYTES.get(c.toLowerCase());
    return byte === undefined ? undefined : [byte];
  });
const encodeVni = (text: string) => encodeWith(text, (c) => (VNI_SPELLINGS.has(c) ? [...VNI_SPELLINGS.get(c)!].map((ch) => ch.charCodeAt(0)) : undefined));

/** An inverse table read off a decoder, byte by byte (for VISCII and Windows-1258). */
function encoderFrom(decode: (bytes: Uint8Array) => string) {
  const table = new Map<string, number>();
  for (let b = 0; b < 0x100; b++) {
    const c = decode(Uint8Array.of(b));
    if ([...c].length === 1 && !table.has(c)) table.set(c, b);
  }
  return table;
}
const VISCII_BYTES = encoderFrom(decodeViscii);
const encodeViscii = (text: string) => encodeWith(text, (c) => (VISCII_BYTES.has(c) ? [VISCII_BYTES.get(c)!] : undefined));
/** Windows-1258 the way Windows writes it: ă â ê ô ơ ư đ precomposed, the tone a combining byte. */
const CP1258_BYTES = new Map([...encoderFrom((b) => new TextDecoder("windows-1258").decode(b))]);
const encodeWindows1258 = (text: string) =>
  encodeWith(text, (c) => {
    const [base, ...marks] = c.normalize("NFD");
    const tone = marks.find((m) => /[\u0300\u0301\u0303\u0309\u0323]/u.test(m));
    const letter = (base! + marks.filter((m) => m !== tone).join("")).normalize("NFC");
    const bytes = [CP1258_BYTES.get(letter), ...(tone ? [CP1258_BYTES.get(tone)] : [])];
    return bytes.every((b) => b !== undefined) ? bytes : undefined;
  });

const ENCODERS: Record<LegacyEncoding, (text: string) => Uint8Array> = {
  tcvn3: encodeTcvn3,
  vni: encodeVni,
  viscii: encodeViscii,
  "windows-1258": encodeWindows1258,
};

/** Every Vietnamese letter with a diacritic, both cases: 134 of them. */
const allLetters = letterRows(TCVN3_CHART)
  .map(([letter]) => letter)
  .filter((l) => !/^[a-z]$/.test(l))
  .flatMap((l) => [l, l.toUpperCase()]);

/** What TCVN3 can keep of a text: toned capitals it lacks become lowercase, except in all-capital words. */
const tcvn3Keeps = (text: string) =>
  text.replace(/\p{L}+/gu, (word) =>
    word === word.toUpperCase() && word.length > 2 ? word : [...word].map((c) => (TCVN3_BYTES.has(c) || c < "\u0080" ? c : c.toLowerCase())).join(""),
  );

describe("the TCVN3 table", () => {
  it("reads every lowercase letter with every tone, and the seven capitals VN3 has", () => {
    for (const [letter, byte] of TCVN3_BYTES) expect(decodeTcvn3(Uint8Array.of(byte)), letter).toBe(letter);
    expect(TCVN3_BYTES.size).toBe(12 * 6 + 1 + 7);
  });

  it("has no other capitals: in a capital word the lowercase bytes become capitals, elsewhere they stay", () => {
    for (const [letter, byte] of letterRows(TCVN3_CHART)) {
      if (byte < 0x80) continue;
      // "X?X": a word whose other letters are capitals.
      expect(decodeTcvn3(Uint8Array.of(0x58, byte, 0x58)), letter).toBe(`X${letter.toUpperCase()}X`);
      expect(decodeTcvn3(Uint8Array.of(0x58, byte, 0x78)), letter).toBe(`X${letter}x`);
    }
    const heading = "ĐỒNG CHÍ TRƯƠNG THỊ MAI, ỦY VIÊN BỘ CHÍNH TRỊ";
    expect(decodeTcvn3(encodeTcvn3(heading))).toBe(heading);
    // "Hà" and "HÀ" are the same bytes: the word follows its neighbours, abbreviations aside.
    for (const same of ["HÀ NỘI", "Hà Nội", "UBND Hà Nội", "Bộ Chính trị", "ỦY VIÊN BỘ CHÍNH TRỊ\nBộ"]) expect(decodeTcvn3(encodeTcvn3(same))).toBe(same);
    expect(decodeTcvn3(encodeTcvn3("Ủy ban"))).toBe("ủy ban");
  });

  it("reads Windows punctuation in 0x80–0x9F and VN1's combining marks", () => {
    expect(decodeTcvn3(Uint8Array.of(0x93, 0x48, 0xb5, 0x94, 0x20, 0x96, 0x85))).toBe("“Hà” –…");
    expect(decodeTcvn3(Uint8Array.of(0x61, 0xb3, 0xa9, 0xb4))).toBe("áậ");
  });
});

describe("the VNI table", () => {
  it("reads every letter with every tone, both cases", () => {
    for (const [letter, spelling] of VNI_SPELLINGS) expect(decodeVni(Buffer.from(spelling, "latin1")), letter).toBe(letter);
    expect(VNI_SPELLINGS.size).toBe(2 * (12 * 6 + 1));
  });

  it("takes a mark after a capital in either case, and leaves a mark after anything else as it is", () => {
    expect(decodeVni(Buffer.from("Aø Oà Tröôøng", "latin1"))).toBe("À Ồ Trường");
    expect(decodeVni(Buffer.from("Vieät Nam", "latin1"))).toBe("Việt Nam");
    expect(decodeVni(Buffer.from("tù iø uâ", "latin1"))).toBe("tù iø uâ");
  });
});

describe("the VISCII and Windows-1258 tables", () => {
  it("VISCII holds the 134 letters, each once, including the six in control positions", () => {
    const high = decodeViscii(Uint8Array.from({ length: 0x80 }, (_, i) => 0x80 + i));
    const low = decodeViscii(Uint8Array.of(0x02, 0x05, 0x06, 0x14, 0x19, 0x1e));
    expect(low).toBe("ẲẴẪỶỸỴ");
    expect([...(high + low)].sort()).toEqual([...allLetters].sort());
    // Spot checks against RFC 1456.
    expect(decodeViscii(Uint8Array.of(0x80, 0xa5, 0xbd, 0xc0, 0xd0, 0xe0, 0xf0, 0xff))).toBe("ẠầơÀĐàđỮ");
  });

  it("every letter with every tone survives Windows-1258's base-plus-tone spelling", () => {
    const letters = allLetters.join(" ");
    expect(decodeWindows1258(encodeWindows1258(letters))).toBe(letters);
  });
});

describe("isVietnameseSyllable", () => {
  it("accepts Vietnamese syllables, awkward ones included", () => {
    for (const word of [
      "Việt",
      "NAM",
      "gì",
      "giếng",
      "khuỷu",
      "xoong",
      "quốc",
      "quýt",
      "nghiêng",
      "thuở",
      "ngoèo",
      "yêu",
      "khuya",
      "Đảng",
      "ĐỒNG",
      "ủy",
      "uỷ",
      "gìn",
    ]) {
      expect(isVietnameseSyllable(word), word).toBe(true);
    }
  });

  it("refuses words that are not", () => {
    // Western words; two tones; a stop with the wrong tone; k/gh/ngh, c/ng before the wrong vowel.
    for (const word of ["été", "château", "Brücke", "àá", "chât", "mặc", "kà", "ghá", "ngé", "cín", "ǹg", "việtt", "µ"]) {
      expect(isVietnameseSyllable(word), word).toBe(word === "mặc");
    }
  });

  it("accepts every word of the fixture story but its abbreviations", () => {
    expect(scoreVietnamese(story)).toEqual({ valid: expect.any(Number) as number, invalid: 0 });
  });
});

describe("detectLegacyEncoding", () => {
  const expected = (encoding: LegacyEncoding, text: string) => {
    // VISCII has letters where Windows-1252 has its dashes, ellipsis and no-break space.
    const usable =
      encoding === "viscii"
        ? text
            .replace(/–/g, "-")
            .replace(/…/g, "...")
            .replace(/\u00a0/g, " ")
        : text;
    return { usable, read: encoding === "tcvn3" ? tcvn3Keeps(usable) : usable };
  };

  it.each(LEGACY_ENCODINGS)("finds the fixture story in %s and reads it back exactly", (encoding) => {
    const { usable, read } = expected(encoding, story);
    const bytes = ENCODERS[encoding](usable);
    expect(detectLegacyEncoding(bytes)).toEqual({ status: "decoded", encoding, text: read });
  });

  it("reads no encoding's bytes as another's", () => {
    for (const encoding of LEGACY_ENCODINGS) {
      const bytes = ENCODERS[encoding](expected(encoding, story).usable);
      for (const other of LEGACY_ENCODINGS.filter((e) => e !== encoding)) {
        const { valid, invalid } = scoreVietnamese(decodeLegacy(bytes, other));
        expect(valid / (valid + invalid), `${encoding} read as ${other}`).toBeLessThan(0.6);
      }
    }
  });

  it("finds a single short line (the dateline)", () => {
    const line = "Hà Nội, ngày 4/7/2022";
    for (const encoding of ["tcvn3", "vni"] as const)
      expect(detectLegacyEncoding(ENCODERS[encoding](line))).toMatchObject({ status: "decoded", encoding, text: line });
  });

  it("names Western European text in Windows-1252 instead of reading it as Vietnamese", () => {
    const french = "Le château était très beau ; à côté, l’église où l’on célèbre Noël. « Déjà ? » dit-il.";
    const german = "Über die Brücke gehen fünf Mädchen; die Straße ist schön und größer als gedacht.";
    for (const text of [french, german]) {
      const bytes = Uint8Array.from([...text].map((c) => CP1252_PUNCTUATION[c] ?? c.charCodeAt(0)));
      expect(detectLegacyEncoding(bytes)).toEqual({ status: "western", encoding: "windows-1252" });
    }
  });

  it("says it does not know random bytes", () => {
    let seed = 18;
    const random = Uint8Array.from({ length: 2000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return 0x20 + (seed % 0xe0);
    });
    expect(detectLegacyEncoding(random)).toEqual({ status: "unknown" });
  });

  it("names an encoding it recognises but cannot trust", () => {
    // One word in four French, read the same way: too many to print the rest as Vietnamese.
    const words = story.split(/\s+/).slice(0, 120);
    const french = "été où château très déjà côté élève frère noël même".split(" ");
    const mixed = words.map((w, i) => (i % 4 === 3 ? french[i % french.length]! : w)).join(" ");
    const bytes = encodeWith(mixed, (c) =>
      TCVN3_BYTES.has(c) ? [TCVN3_BYTES.get(c)!] : TCVN3_BYTES.has(c.toLowerCase()) ? [TCVN3_BYTES.get(c.toLowerCase())!] : [c.charCodeAt(0)],
    );
    expect(detectLegacyEncoding(bytes)).toEqual({ status: "unsure", encoding: "tcvn3" });
  });
});
