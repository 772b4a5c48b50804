import { cn } from "./cn";
import { controlVariants, type ControlSize } from "./control";

// `size` is the box's size here; the HTML attribute of that name (width in characters) is unused.
export type InputProps = Omit<React.ComponentProps<"input">, "size"> & { size?: ControlSize };

/** A one-line text field (text, email, password, search, date, number…). */
export function Input({ className, size, ...props }: InputProps) {
  return <input className={cn(controlVariants({ size }), className)} {...props} />;
}
