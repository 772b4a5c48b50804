// `npm run db:seed [-- --demo] [-- --admin EMAIL]`: sections always; the demo newsroom only when
// asked (it is created by itself only on an empty embedded database); a first admin account.
import crypto from "node:crypto";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { normalizeEmail } from "@/lib/auth/login";
import { demoBanner } from "@/lib/server/boot";
import { hasUsers, seedBase, seedDemo } from "@/db/seed/seed";
import { env } from "@/lib/env";

const { values } = parseArgs({ options: { demo: { type: "boolean", default: false }, admin: { type: "string" }, name: { type: "string" } } });
const handle = await openDatabase({ url: env().DATABASE_URL });
try {
  await seedBase(handle.db);
  console.log(`Chuyên mục: sẵn sàng (${handle.kind}).`);
  if (values.demo) {
    if (await hasUsers(handle.db)) {
      console.error("Cơ sở dữ liệu đã có người dùng: không tạo dữ liệu trình diễn lên trên dữ liệu thật.");
      process.exitCode = 1;
    } else {
      await seedDemo(handle.db);
      console.log(demoBanner());
    }
  }
  if (values.admin) {
    const password = crypto.randomBytes(12).toString("base64url");
    await handle.db.insert(users).values({
      email: normalizeEmail(values.admin),
      name: values.name ?? "Quản trị",
      penName: (values.name ?? "Quản trị").toUpperCase(),
      role: "admin",
      passwordHash: await hashPassword(password),
    });
    console.log(`Đã tạo tài khoản quản trị ${values.admin} với mật khẩu tạm: ${password}`);
  }
} finally {
  await handle.close();
}
