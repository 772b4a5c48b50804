import { cn } from "./cn";

// The newsroom's messages: an error the person must read (role="alert"), or a quiet confirmation.
const tones = {
  error: "border-red-300 bg-red-50 text-red-800",
  success: "border-green-300 bg-green-50 text-green-900",
  info: "border-sky-300 bg-sky-50 text-sky-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
} as const;
export type NoticeTone = keyof typeof tones;

// An error interrupts; anything else waits its turn. A warning that must interrupt says so (role).
const roleOf = (tone: NoticeTone) => (tone === "error" ? "alert" : "status");

export function Notice({
  tone,
  children,
  className = "",
  role,
}: {
  tone: NoticeTone;
  children: React.ReactNode;
  className?: string;
  role?: "alert" | "status";
}) {
  return (
    <p role={role ?? roleOf(tone)} className={cn("rounded border px-3 py-2 text-sm", tones[tone], className)}>
      {children}
    </p>
  );
}

/** A form's error, when there is one. */
export function FormError({ message }: { message?: string | null }) {
  return message ? <Notice tone="error">{message}</Notice> : null;
}

const inlineTones = {
  error: "text-red-800",
  success: "text-green-800",
} as const;

/** The same message without a box, for a word beside a button ("Đã lưu.") or under a list. */
export function InlineNotice({ tone, children, className }: { tone: keyof typeof inlineTones; children: React.ReactNode; className?: string }) {
  return (
    <p role={roleOf(tone)} className={cn(inlineTones[tone], className)}>
      {children}
    </p>
  );
}
