import { NewsroomIntlProvider } from "@/components/newsroom/intl-provider";
import { newsroomIntl } from "@/lib/i18n/server";

// Every newsroom screen speaks the person's language and shows times in the paper's zone.
export default async function NewsroomGroupLayout({ children }: { children: React.ReactNode }) {
  const intl = await newsroomIntl();
  return (
    <div lang={intl.locale}>
      <NewsroomIntlProvider {...intl}>{children}</NewsroomIntlProvider>
    </div>
  );
}
