import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { getNewsroomT } from "@/lib/i18n/server";

/**
 * The newsroom's search as a box (for the header, or above a list): a plain form that opens
 * /toa-soan/tim-kiem?q=…, so it works before any script loads and costs none.
 */
export async function NewsroomSearchBox({ defaultValue = "", className = "" }: { defaultValue?: string; className?: string }) {
  const t = await getNewsroomT("newsroomSearch");
  return (
    <form role="search" action="/toa-soan/tim-kiem" method="get" aria-label={t("label")} className={`flex min-w-0 gap-2 ${className}`}>
      <Input
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={300}
        aria-label={t("label")}
        placeholder={t("placeholder")}
        size="sm"
        className="min-w-0 flex-1"
      />
      <Button type="submit" size="sm">
        {t("submit")}
      </Button>
    </form>
  );
}
