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
