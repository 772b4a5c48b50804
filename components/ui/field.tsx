import { cloneElement, useId } from "react";
import { cn } from "./cn";

/** A field's name, above its control. The text is the control's accessible name: keep it exact. */
export function Label({ className, ...props }: React.ComponentProps<"label">) {
  return <label className={cn("block text-sm font-semibold", className)} {...props} />;
}

/** A line of help under a control, linked to it by aria-describedby. */
export function FieldHint({ className, ...props }: React.ComponentProps<"p">) {
  return <p className={cn("text-xs text-muted", className)} {...props} />;
}

/**
 * What is wrong with one field, under it. `announce` reads it out at once (role="alert"): for a
 * form whose only message is this one; leave it off when the form announces the refusal itself.
 */
export function FieldError({
  message,
  announce = false,
  className,
  ...props
}: Omit<React.ComponentProps<"p">, "children"> & { message?: string | null; announce?: boolean }) {
  return message ? (
    <p role={announce ? "alert" : undefined} className={cn("text-sm text-red-800", className)} {...props}>
      {message}
    </p>
  ) : null;
}

type ControlProps = { id?: string; "aria-describedby"?: string; "aria-invalid"?: React.AriaAttributes["aria-invalid"] };

export type FieldProps = {
  /** The control's name on screen and for assistive technology. */
  label: React.ReactNode;
  /** The control's id; one is made when none is given. Hint and error ids derive from it. */
  id?: string;
  hint?: React.ReactNode;
  /** Shown under the control, which is then marked invalid. */
  error?: string | null;
  /** Marks the control invalid when its message is shown elsewhere (a row's one notice). */
  invalid?: boolean;
  /** See FieldError. */
  announce?: boolean;
  className?: string;
  labelClassName?: string;
  /** The one control (Input, Select, Textarea): it receives id, aria-describedby and aria-invalid. */
  children: React.ReactElement<ControlProps>;
};

/**
 * Label, control, hint and error, wired together: the label names the control (htmlFor), the hint
 * and the error describe it (aria-describedby), an error marks it invalid (aria-invalid). Works in
 * server and client components alike (no context, no state).
 */
export function Field({ label, id, hint, error, invalid, announce, className, labelClassName, children }: FieldProps) {
  const made = useId();
  const controlId = id ?? children.props.id ?? made;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [children.props["aria-describedby"], hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("space-y-1", className)}>
      <Label htmlFor={controlId} className={labelClassName}>
        {label}
      </Label>
      {cloneElement(children, {
        id: controlId,
        "aria-describedby": describedBy,
        "aria-invalid": error || invalid ? true : children.props["aria-invalid"],
      })}
      {hint ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
      <FieldError id={errorId} message={error} announce={announce} />
    </div>
  );
}
