import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db";
import { PeopleCreateForm } from "@/components/newsroom/people-create-form";
import { PeopleRow } from "@/components/newsroom/people-row";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { roles } from "@/db/schema";
import { requireActor } from "@/lib/auth/actor";
import { roleLabels } from "@/lib/policy/policy";
import { isRole, listUsers, type UserState } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Người dùng — Tòa soạn" };

const path = "/toa-soan/quan-tri/nguoi-dung";
const roleOptions = roles.map((value) => ({ value, label: roleLabels[value] }));

// The state filter speaks the URL's language (Vietnamese words without diacritics).
const stateParams = { "hoat-dong": "active", "da-khoa": "locked" } as const satisfies Record<string, UserState>;
const stateOptions = [
  { value: "hoat-dong", label: "Đang hoạt động" },
  { value: "da-khoa", label: "Đã khóa" },
] as const;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("users.manage", path);
  const raw = await searchParams;
  const q = one(raw.q).trim().slice(0, 200);
  const roleParam = one(raw["vai-tro"]);
  const role = isRole(roleParam) ? roleParam : undefined;
  const stateParam = one(raw["trang-thai"]);
  const knownState = Object.hasOwn(stateParams, stateParam);
  const state = knownState ? stateParams[stateParam as keyof typeof stateParams] : undefined;
  const filtered = Boolean(q || role || state);
  const people = await listUsers(await db(), actor, { q, role, state });
  // Two people may share a name (common in any newsroom); their controls then also say the e-mail,
  // so "Khóa tài khoản …" always names exactly one person.
  const nameCounts = new Map<string, number>();
  for (const person of people) nameCounts.set(person.name, (nameCounts.get(person.name) ?? 0) + 1);
  const labelOf = (person: (typeof people)[number]) => ((nameCounts.get(person.name) ?? 0) > 1 ? `${person.name} (${person.email})` : person.name);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Người dùng</h1>
        <p className="mt-1 text-muted">Tài khoản của tòa soạn: thêm người, đổi vai trò, khóa tài khoản và cấp liên kết đặt mật khẩu.</p>
      </div>

      <section aria-labelledby="them-nguoi-dung" className="rounded border border-stone-300 bg-white p-4">
        <h2 id="them-nguoi-dung" className="mb-3 text-lg font-semibold">
          Thêm người dùng
        </h2>
        <PeopleCreateForm roleOptions={roleOptions} />
      </section>

      <section aria-labelledby="danh-sach-nguoi-dung" className="space-y-3">
        <h2 id="danh-sach-nguoi-dung" className="text-lg font-semibold">
          Danh sách người dùng <span className="text-sm font-normal text-muted">({people.length} người)</span>
        </h2>
        <search aria-label="Tìm người dùng">
          <form method="get" action={path} className="flex flex-wrap items-end gap-3">
            <Field id="loc-q" label="Tìm kiếm">
              {/* The hint is the line under the whole bar. */}
              <Input name="q" type="search" defaultValue={q} placeholder="Họ tên, bút danh hoặc email" aria-describedby="loc-q-goi-y" className="w-72 max-w-full" />
            </Field>
            <Field id="loc-vai-tro" label="Vai trò">
              <Select name="vai-tro" defaultValue={role ?? ""}>
                <option value="">Tất cả vai trò</option>
                {roleOptions.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="loc-trang-thai" label="Trạng thái">
              <Select name="trang-thai" defaultValue={knownState ? stateParam : ""}>
                <option value="">Tất cả trạng thái</option>
                {stateOptions.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </Select>
            </Field>
            <Button type="submit">Lọc</Button>
            {filtered ? (
              <Link href={path} className="px-1 py-1 text-sm underline">
                Xem tất cả
              </Link>
            ) : null}
          </form>
          <p id="loc-q-goi-y" className="mt-1 text-xs text-muted">Gõ có dấu hay không dấu đều được: “phuong dung” tìm ra “Lê Phương Dung”.</p>
        </search>

        {people.length === 0 ? (
          <p className="text-sm text-muted">{filtered ? "Không tìm thấy người dùng nào phù hợp." : "Chưa có người dùng nào."}</p>
        ) : (
          <div className="overflow-x-auto rounded border border-stone-300 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Người dùng</caption>
              <thead className="bg-stone-100">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Họ tên
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Bút danh
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Email
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Vai trò
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Trạng thái
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Thao tác
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200">
                {people.map((person) => (
                  <PeopleRow key={person.id} person={person} label={labelOf(person)} isSelf={person.id === actor.id} roleOptions={roleOptions} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
