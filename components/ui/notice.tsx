// The newsroom's messages: an error the person must read (role="alert"), or a quiet confirmation.
const tones = {
  error: "border-red-300 bg-red-50 text-red-800",
  success: "border-green-300 bg-green-50 text-green-900",
  info: "border-sky-300 bg-sky-50 text-sky-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
} as const;

export function Notice({ tone, children, className = "" }: { tone: keyof typeof tones; children: React.ReactNode; className?: string }) {
  return (
    <p role={tone === "error" ? "alert" : "status"} className={`rounded border px-3 py-2 text-sm ${tones[tone]} ${className}`}>
      {children}
    </p>
  );
}

/** A form's error, when there is one. */
export function FormError({ message }: { message?: string | null }) {
  return message ? <Notice tone="error">{message}</Notice> : null;
}
