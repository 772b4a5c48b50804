import type { Metadata } from "next";
import { ImportForm } from "@/components/newsroom/import-form";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Nhập từ văn bản — Tòa soạn" };

export default async function ImportPage() {
  await requireActor("story.import", "/toa-soan/bai-viet/nhap");
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold">Nhập từ văn bản</h1>
      <ImportForm />
    </div>
  );
}
