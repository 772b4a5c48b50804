import Link from "next/link";
import type { Settings } from "@/lib/settings/settings";

/** The information a Vietnamese e-newspaper must show: governing body, licence, editor-in-chief, contact. */
export function SiteFooter({ settings }: { settings: Settings }) {
  return (
    <footer className="site-footer mt-10 border-t-4 border-brand bg-stone-100 text-sm text-stone-800">
      <div className="mx-auto grid max-w-6xl gap-4 px-4 py-6 sm:grid-cols-2">
        <div className="space-y-1">
          <p className="font-serif text-xl font-bold text-brand">{settings.paperName}</p>
          <p>{settings.governingBody}</p>
          <p>
            {settings.licenceNumber}, cấp ngày {settings.licenceDate}, {settings.licenceIssuer}
          </p>
          <p>{settings.editorInChief}</p>
        </div>
        <div className="space-y-1">
          <p>Địa chỉ: {settings.address}</p>
          <p>Điện thoại: {settings.phone}</p>
          <p>
            Email: <a href={`mailto:${settings.email}`} className="underline">{settings.email}</a>
          </p>
          <p>Trang điện tử: {settings.domain}</p>
          <p>
            <Link href="/dinh-chinh" className="underline">
              Thông tin cải chính
            </Link>
          </p>
        </div>
      </div>
    </footer>
  );
}
