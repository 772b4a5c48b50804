"use client";

// The browser's own print dialog, for a page laid out to print (the bảng kê, a statement).
import { Button } from "@/components/ui/button";

export function PrintButton({ label, size }: { label: string; size?: "sm" }) {
  return (
    <Button variant="primary" size={size} onClick={() => window.print()}>
      {label}
    </Button>
  );
}
