import { cva, type VariantProps } from "class-variance-authority";

/**
 * The box every text field, select and textarea share. An invalid control (aria-invalid, set by
 * Field) gets a red border as well as its message, so the mark does not rely on the text alone.
 */
export const controlVariants = cva(
  "w-full rounded border border-stone-400 bg-white disabled:cursor-not-allowed disabled:bg-stone-100 aria-invalid:border-red-700",
  {
    variants: {
      size: {
        /** Dense forms: filters, the photo library, the side panels. */
        sm: "px-2 py-1 text-sm",
        /** Admin forms. */
        md: "px-2 py-1",
        /** Forms of one or two fields that are the whole screen: log-in, profile, password. */
        lg: "px-3 py-2",
      },
    },
    defaultVariants: { size: "md" },
  },
);

export type ControlSize = NonNullable<VariantProps<typeof controlVariants>["size"]>;
