// FormData read through a command's own zod schema: each field is taken as the schema expects it
// (a number, a boolean, a list, a file, null for an empty optional id), so a form action never
// writes its own text()/number()/id() helpers and the schema alone says what is valid.
import { type z } from "zod";

type Kind = "string" | "number" | "boolean" | "array" | "file" | "other";

/** The kind a field's schema accepts at its input end, and whether an empty value means null. */
function kindOf(schema: z.ZodType): { kind: Kind; nullable: boolean } {
  let current: z.ZodType = schema;
  let nullable = false;
  for (let depth = 0; depth < 10; depth++) {
    const def = (current as unknown as { def: { type: string; innerType?: z.ZodType; in?: z.ZodType; schema?: z.ZodType } }).def;
    switch (def.type) {
      case "nullable":
        nullable = true;
        current = def.innerType!;
        continue;
      case "optional":
      case "default":
      case "prefault":
      case "catch":
      case "readonly":
        current = def.innerType!;
        continue;
      case "pipe":
        current = def.in!;
        continue;
      case "string":
      case "enum":
      case "literal":
        return { kind: "string", nullable };
      case "number":
      case "int":
        return { kind: "number", nullable };
      case "boolean":
        return { kind: "boolean", nullable };
      case "array":
        return { kind: "array", nullable };
      case "custom":
        return { kind: "file", nullable };
      // A file or the bytes a script passes (z.union([z.instanceof(Buffer), z.instanceof(File)])): a form sends the file.
      case "union": {
        const options = (def as unknown as { options: z.ZodType[] }).options;
        if (options.some((option) => kindOf(option).kind === "file")) return { kind: "file", nullable };
        return { kind: "other", nullable };
      }
      default:
        return { kind: "other", nullable };
    }
  }
  return { kind: "other", nullable };
}

/** The command's input from a form: only the fields its schema names; what the form lacks stays absent. */
export function readForm(schema: z.ZodType | undefined, form: FormData): Record<string, unknown> {
  const shape = (schema as z.ZodObject | undefined)?.shape;
  if (!shape) return Object.fromEntries([...form.entries()].filter(([key]) => !key.startsWith("$ACTION")));
  const input: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const { kind, nullable } = kindOf(field as z.ZodType);
    if (kind === "array") {
      input[key] = form.getAll(key).filter((v): v is string => typeof v === "string");
      continue;
    }
    const value = form.get(key);
    if (value === null) {
      if (kind === "boolean") input[key] = false;
      continue;
    }
    if (kind === "file") {
      // An empty file input sends a nameless, empty file: nothing was chosen.
      if (value instanceof File && value.size > 0) input[key] = value;
      continue;
    }
    if (typeof value !== "string") continue;
    if (kind === "number") input[key] = value.trim() === "" ? (nullable ? null : Number.NaN) : Number(value);
    else if (kind === "boolean") input[key] = value === "true" || value === "on";
    else if (nullable && value === "") input[key] = null;
    else input[key] = value;
  }
  return input;
}

/** What was typed, to refill a refused form (React resets a form after its action). */
export function typedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  return values;
}
