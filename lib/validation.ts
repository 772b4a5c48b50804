// zod speaks Vietnamese here: messages a schema does not spell out itself reach users too.
import { z } from "zod";

z.config(z.locales.vi());

const fieldLabels: Record<string, string> = {
  title: "Tiêu đề",
  sapo: "Sapo",
  body: "Nội dung",
  byline: "Bút danh",
  sectionId: "Chuyên mục",
  tags: "Thẻ",
  coverMediaId: "Ảnh đại diện",
  coverCaption: "Chú thích ảnh",
  coverCredit: "Nguồn ảnh",
  seoTitle: "Tiêu đề SEO",
  seoDescription: "Mô tả SEO",
  email: "Email",
  password: "Mật khẩu",
};

/** "Nội dung: …" for an issue under a known field, so the writer knows where to look. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).find((p) => p in fieldLabels);
  return field ? `${fieldLabels[field]}: ${issue.message}` : issue.message;
}

/** NUL and the C0/C1 control characters other than tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacter = /[\u0000-\u0008\u000c\u000e-\u001f\u007f-\u009f]/;

export const controlCharacterMessage = "Dữ liệu có ký tự điều khiển không hợp lệ (như NUL); hãy xóa ký tự đó rồi gửi lại.";

/**
 * Text as people send it, checked once for every input: a vertical tab (Word's line break in
 * pasted text) becomes a line break, tabs and line ends stay, and any other control character
 * refuses the whole input (PostgreSQL cannot store NUL; the rest is never meant). Walks arrays
 * and plain objects; leaves files and other values alone.
 */
export function withoutControlCharacters<T>(value: T): { ok: true; value: T } | { ok: false } {
  if (typeof value === "string") {
    // eslint-disable-next-line no-control-regex -- the vertical tab, Word's manual line break
    const text = value.replace(/\u000b/g, "\n");
    return controlCharacter.test(text) ? { ok: false } : { ok: true, value: text as T };
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const checked = withoutControlCharacters(item);
      if (!checked.ok) return checked;
      out.push(checked.value);
    }
    return { ok: true, value: out as T };
  }
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const checked = withoutControlCharacters(item);
      if (!checked.ok) return checked;
      out[key] = checked.value;
    }
    return { ok: true, value: out as T };
  }
  return { ok: true, value };
}

/** For schemas read outside the wrappers (the public search page): the same rule as a refinement. */
export const hasNoControlCharacter = (text: string) => !controlCharacter.test(text);
