import { cn } from "./cn";
import { controlVariants, type ControlSize } from "./control";

// `size` is the box's size here; the HTML attribute of that name (rows shown) is unused.
export type SelectProps = Omit<React.ComponentProps<"select">, "size"> & { size?: ControlSize };

/** A native select: the phone's own picker, the browser's own keyboard handling. */
export function Select({ className, size, ...props }: SelectProps) {
  return <select className={cn(controlVariants({ size }), className)} {...props} />;
}
