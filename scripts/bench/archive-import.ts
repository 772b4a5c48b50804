// `npm run bench -- --import N`: how fast a paper's archive comes over. Writes N story files in
// the old site's layout (date line, title, sapo, paragraphs, captions, subheadings, byline) into
// a folder tree by year and month, with a manifest of old addresses and sections, then runs the
// import CLI on a fresh database, as a person would, and prints the time and the rate.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { makePerson } from "@/db/factories";
import { generateStory, pick, rng } from "./corpus";
import { createBenchDatabase } from "./populate";

const OLD_SECTIONS = ["Thời sự", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Thể thao"];

function storyText(i: number, random: () => number): { text: string; date: Date } {
  const story = generateStory(random);
  // Spread over ten years back from 2025, one story at most a few minutes apart from the next.
  const date = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 3650) * 86_400_000);
  const d = `${String(date.getUTCDate()).padStart(2, "0")}/${String(date.getUTCMonth() + 1).padStart(2, "0")}/${date.getUTCFullYear()}`;
  const lines = [d, "", `${story.title} (${i})`, "", story.sapo, ""];
  for (const block of story.blocks) {
    if (block.type === "caption") lines.push("", block.text, block.credit ?? "", "");
    else if (block.type === "paragraph" || block.type === "heading") lines.push(block.text, "");
  }
  lines.push(story.byline.join(" - "), "");
  return { text: lines.join("\n"), date };
}

export async function benchArchiveImport(count: number, log: (message: string) => void): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-bench-archive-"));
  const database = await createBenchDatabase(process.env.DATABASE_URL || undefined);
  try {
    log(`archive import: writing ${count.toLocaleString("en")} story files…`);
    const random = rng(2026);
    const manifest = ["file,old_url,section"];
    for (let i = 0; i < count; i++) {
      const { text, date } = storyText(i, random);
      const relative = path.join(String(date.getUTCFullYear()), String(date.getUTCMonth() + 1).padStart(2, "0"), `bai-${i}.txt`);
      fs.mkdirSync(path.join(folder, path.dirname(relative)), { recursive: true });
      fs.writeFileSync(path.join(folder, relative), text);
      manifest.push(`${relative},https://baocu.example.vn/tin-tuc/bai-viet-${100_000 + i}.html,"${pick(random, OLD_SECTIONS)}"`);
    }
    fs.writeFileSync(path.join(folder, "manifest.csv"), manifest.join("\n"));
    const handle = await database.open();
    await makePerson(handle.db, "chief_editor", { email: "bench@toasoan.test" });
    await handle.close();

    log(`archive import on ${database.kind} (${database.where}), ${os.availableParallelism()} jobs…`);
    const started = Date.now();
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          "--import",
          "tsx",
          "scripts/import-text.ts",
          "--publish",
          "--manifest",
          path.join(folder, "manifest.csv"),
          "--report",
          path.join(folder, "report.csv"),
        ],
        {
          cwd: process.cwd(),
          env: { ...process.env, ...database.env, PGLITE_DIR: database.kind === "pglite" ? path.join(database.where, "pglite") : "" },
          stdio: ["ignore", "ignore", "inherit"],
        },
      );
      child.on("error", reject);
      child.on("close", resolve);
    });
    const seconds = (Date.now() - started) / 1000;
    const report = fs.readFileSync(path.join(folder, "report.csv"), "utf8");
    const imported = report.split("\n").filter((line) => line.includes(",imported,")).length;
    log(
      `archive import: exit ${code}, ${imported.toLocaleString("en")} of ${count.toLocaleString("en")} stories in ${seconds.toFixed(1)} s = ${(imported / seconds).toFixed(1)} stories/s (aim: 20,000 on PostgreSQL within 600 s)`,
    );
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    await database.destroy();
  }
}
