"use client";

// In bảng kê: the browser's own print dialog, on the page laid out for A4 landscape.
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";

export function RoyaltyPrintButton() {
  const t = useTranslations("royaltyMonth.sheet");
  return (
    <Button variant="primary" onClick={() => window.print()}>
      {t("print")}
    </Button>
  );
}
