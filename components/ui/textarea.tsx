import { cn } from "./cn";
import { controlVariants, type ControlSize } from "./control";

export type TextareaProps = React.ComponentProps<"textarea"> & { size?: ControlSize };

/** A text field of several lines. */
export function Textarea({ className, size, ...props }: TextareaProps) {
  return <textarea className={cn(controlVariants({ size }), className)} {...props} />;
}
