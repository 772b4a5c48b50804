import Link from "next/link";

/** "Trang trước · Trang 2/5 · Trang sau", shown only when there is more than one page. */
export function Pagination({ page, pageCount, href, className = "" }: { page: number; pageCount: number; href: (page: number) => string; className?: string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Phân trang" className={`flex items-center gap-4 text-sm ${className}`}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="underline">
          Trang trước
        </Link>
      ) : null}
      <span aria-current="page">
        Trang {page}/{pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className="underline">
          Trang sau
        </Link>
      ) : null}
    </nav>
  );
}
