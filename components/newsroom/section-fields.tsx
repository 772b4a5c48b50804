import { useTranslations } from "use-intl";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

export type ParentChoice = { id: number; name: string };

export type SectionValues = { name?: string; slug?: string; parentId?: string | number | null; description?: string };

/**
 * A section's own fields, for adding one ("Thêm chuyên mục") and for changing one ("Đổi tên"): Tên,
 * Đường dẫn with its hint, Chuyên mục cha when `parents` is given, Mô tả. The caller's form holds
 * the layout (these are its grid cells) and the submit button.
 */
export function SectionFields({
  idPrefix,
  values,
  errors = {},
  showErrors = true,
  parents,
  slugHint,
  slugPlaceholder,
  onNameChange,
}: {
  /** Makes the controls' ids unique on a page with many sections. */
  idPrefix: string;
  /** Initial values (the fields are uncontrolled: React resets them after the form's action). */
  values: SectionValues;
  /** The server's complaints, by field name. */
  errors?: Record<string, string | undefined>;
  /** Under each field (and announced), or only marked invalid because the form says it once elsewhere. */
  showErrors?: boolean;
  /** Top-level sections it may sit under; leave out to hide the choice. */
  parents?: ParentChoice[];
  slugHint: React.ReactNode;
  slugPlaceholder?: string;
  /** Follows the name as it is typed (the slug's placeholder shows what it would become). */
  onNameChange?: (name: string) => void;
}) {
  const t = useTranslations("admin.sections.fields");
  const error = (key: string) => (showErrors ? errors[key] : undefined);
  const invalid = (key: string) => Boolean(errors[key]);
  return (
    <>
      <Field id={`${idPrefix}-name`} label={t("name")} error={error("name")} invalid={invalid("name")} announce>
        <Input name="name" required maxLength={80} defaultValue={values.name} onChange={onNameChange ? (e) => onNameChange(e.target.value) : undefined} />
      </Field>
      <Field id={`${idPrefix}-slug`} label={t("slug")} hint={slugHint} error={error("slug")} invalid={invalid("slug")} announce>
        <Input name="slug" maxLength={60} defaultValue={values.slug} placeholder={slugPlaceholder} className="font-mono text-sm" />
      </Field>
      {parents ? <SectionParentField idPrefix={idPrefix} parents={parents} defaultValue={values.parentId} error={error("parentId")} /> : null}
      <Field id={`${idPrefix}-description`} label={t("description")} error={error("description")} invalid={invalid("description")} announce>
        <Input name="description" maxLength={300} defaultValue={values.description} />
      </Field>
    </>
  );
}

/** Chuyên mục cha: none (a top-level section) or one of the top-level sections. */
export function SectionParentField({
  idPrefix,
  parents,
  defaultValue,
  error,
  className,
}: {
  idPrefix: string;
  parents: ParentChoice[];
  defaultValue?: string | number | null;
  error?: string;
  className?: string;
}) {
  const t = useTranslations("admin.sections.fields");
  return (
    <Field id={`${idPrefix}-parent`} label={t("parent")} error={error} announce className={className}>
      <Select name="parentId" defaultValue={defaultValue ?? ""}>
        <option value="">{t("noParent")}</option>
        {parents.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
