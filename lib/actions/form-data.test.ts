// Form fields reach a command as its schema expects them, whatever the form sent.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readForm, typedValues } from "./form-data";

const form = (entries: [string, string | File][]) => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
};

describe("readForm", () => {
  const schema = z.object({
    id: z.number().int().positive(),
    parentId: z.number().int().positive().nullable().default(null),
    hidden: z.boolean(),
    name: z.string().max(10),
    note: z.string().optional(),
    tags: z.array(z.string()),
    file: z.instanceof(File).optional(),
    direction: z.enum(["up", "down"]),
  });

  it("takes numbers, null ids, booleans, lists and files as the schema says", () => {
    const file = new File(["x"], "a.txt");
    const input = readForm(
      schema,
      form([
        ["id", "12"],
        ["parentId", ""],
        ["hidden", "true"],
        ["name", "Thời sự"],
        ["tags", "a"],
        ["tags", "b"],
        ["file", file],
        ["direction", "up"],
        ["$ACTION_ID_x", ""],
        ["stray", "ignored"],
      ]),
    );
    expect(input).toEqual({ id: 12, parentId: null, hidden: true, name: "Thời sự", tags: ["a", "b"], file, direction: "up" });
    expect(schema.safeParse(input).success).toBe(true);
  });

  it("leaves the schema to refuse what is wrong, in Vietnamese", () => {
    const input = readForm(
      schema,
      form([
        ["id", "abc"],
        ["name", "Một tên quá dài"],
        ["direction", "sideways"],
      ]),
    );
    expect(input.id).toBeNaN();
    expect(input.hidden).toBe(false);
    expect(input.file).toBeUndefined();
    const parsed = schema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path[0])).toEqual(expect.arrayContaining(["id", "name", "direction"]));
  });

  it("treats an empty file input as no file", () => {
    expect(readForm(schema, form([["file", new File([], "")]])).file).toBeUndefined();
  });

  it("passes a file to a field that also takes bytes from scripts (a captions file)", () => {
    const captions = z.object({ data: z.union([z.instanceof(Buffer), z.instanceof(File)]) });
    const file = new File(["WEBVTT\n"], "phu-de.vtt");
    expect(readForm(captions, form([["data", file]])).data).toBe(file);
  });

  it("keeps what was typed to refill a refused form", () => {
    expect(
      typedValues(
        form([
          ["name", "Thời sự"],
          ["$ACTION_KEY", "k"],
          ["file", new File(["x"], "a")],
        ]),
      ),
    ).toEqual({ name: "Thời sự" });
  });
});
