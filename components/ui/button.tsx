import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "./cn";

// Every variant carries a 1px border, so a primary and a secondary button side by side are the
// same height. The state variants (aria-expanded, aria-pressed) show a panel toggle that is open
// and a toolbar button that is on, without the caller adding classes.
export const buttonVariants = cva("inline-block rounded border text-center disabled:cursor-not-allowed disabled:opacity-60", {
  variants: {
    variant: {
      /** The one thing the form or screen is for: Lưu, Gửi duyệt, Xuất bản ngay. */
      primary: "border-brand bg-brand font-semibold text-white hover:bg-brand-dark",
      /** Everything else: Hủy, Lọc, Đổi tên, the panel toggles. */
      secondary: "border-stone-400 bg-white hover:bg-stone-100 aria-expanded:bg-stone-200",
      /** The confirming step of something that cannot be undone: Gộp, Xóa hẳn. */
      danger: "border-red-700 bg-red-700 font-semibold text-white hover:bg-red-800",
      /** The first step towards something destructive: Gỡ bài, Khóa tài khoản, Hủy lịch. */
      "danger-outline": "border-red-700 bg-white text-red-800 hover:bg-red-50",
      /** Toolbar buttons: no chrome until hovered or pressed. */
      ghost: "border-transparent hover:bg-stone-200 aria-pressed:bg-stone-800 aria-pressed:text-white",
      /** Looks like a link, acts in place (no address to go to). */
      link: "border-0 underline underline-offset-2 hover:no-underline disabled:no-underline",
    },
    size: {
      /** Beside a line of small text (a calendar entry, a lineup row). */
      xs: "px-2 py-0.5",
      /** Row actions in tables and lists. */
      sm: "px-2 py-1 text-sm",
      /** The height of a default input: filter bars, dialogs, secondary actions. */
      md: "px-3 py-1",
      /** A form's submit button. */
      lg: "px-4 py-2",
    },
  },
  // A link has no box to pad.
  compoundVariants: [{ variant: "link", className: "p-0" }],
  defaultVariants: { variant: "secondary", size: "md" },
});

export type ButtonProps = React.ComponentProps<"button"> & VariantProps<typeof buttonVariants>;

/** A button of the newsroom. `type` defaults to "button": a submit button says so. */
export function Button({ className, variant, size, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={cn(buttonVariants({ variant, size }), className)} {...props} />;
}
