"use client";

import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";

/** The browser's own print dialog, for the statement on screen. */
export function PrintButton() {
  const t = useTranslations("royaltyStatement");
  return (
    <Button variant="primary" size="sm" onClick={() => window.print()}>
      {t("print")}
    </Button>
  );
}
