import Link from "next/link";

// The reading pages' 404: inside the paper's masthead, with the way on (search, home, sections).
export default function PublicNotFound() {
  return (
    <div className="mx-auto max-w-2xl py-10 text-center">
      <p className="font-serif text-6xl font-bold text-brand">404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-4 text-stone-700">
        Địa chỉ này không có trên trang báo: có thể bài viết đã được chuyển chỗ, hoặc đường dẫn bị gõ sai. Bạn có thể tìm bài viết bằng ô tìm kiếm ở đầu trang, hoặc
        xem các tin mới nhất.
      </p>
      <p className="mt-6">
        <Link href="/" className="inline-block rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          Về trang chủ
        </Link>
      </p>
    </div>
  );
}
