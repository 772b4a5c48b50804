// The e2e side of the data factory (app/api/test/factory): a spec arranges its own people,
// sections and stories in a line instead of looking for the demo seed's. Every request carries
// the per-run token playwright.config.ts generated and handed to the server.
import crypto from "node:crypto";
import { expect, type APIRequestContext } from "@playwright/test";
import { roleScreens, type Role } from "./roles";

export const factoryTokenHeader = "x-e2e-factory-token";

export function factoryToken(): string {
  const token = process.env.E2E_FACTORY_TOKEN;
  if (!token) throw new Error("E2E_FACTORY_TOKEN is not set: run the suite through playwright.config.ts.");
  return token;
}

/** The password of every person made for a spec, so a spec can sign them in through the form. */
export const madePassword = "mật-khẩu-e2e-2026";

/** Four letters or digits, to tell made things apart in lists ("Nguyễn Thị Mai K3QZ"). */
export const uniqueTag = () => crypto.randomBytes(4).readUInt32BE(0).toString(36).slice(-4).toUpperCase().padStart(4, "0");

const givenNames: Record<Role, readonly string[]> = {
  reporter: ["Nguyễn Thị Mai", "Lê Văn Toàn", "Đinh Thị Hạnh", "Phùng Văn Lộc"],
  editor: ["Trần Văn Hùng", "Bùi Thị Thảo", "Đặng Văn Khoa"],
  chief_editor: ["Phạm Quốc Bảo", "Vũ Thị Lan"],
  admin: ["Hoàng Minh Tuấn", "Lý Thị Hằng"],
};

export type MadePerson = {
  id: number;
  role: Role;
  name: string;
  penName: string;
  email: string;
  password: string;
  /** What the newsroom shows: the role's name and the start page's heading. */
  roleLabel: string;
  heading: string;
};
/** Verbs given beside the role (db/schema's grants): chấm nhuận bút, duyệt nhuận bút, kế toán. */
export type Grant = "royalty.grade" | "royalty.approve" | "royalty.accounting";
export type MadeSection = { id: number; name: string; slug: string };
export type MadeDesk = { id: number; name: string; sectionIds: number[]; members: { userId: number; head: boolean }[] };
export type MadeProposal = { id: number; title: string; status: string; deskId: number | null };
export type MadeAssignment = { id: number; title: string; status: string; deadline: string };
export type MadeStory = {
  id: number;
  title: string;
  slug: string;
  status: StoryStatus;
  kind: StoryKind;
  authorId: number;
  sectionSlug: string | null;
  /** The public address, when the story has a section. */
  path: string | null;
  /** The cover photo, for a story made withCover. */
  coverMediaId?: number | null;
};

/** A published story imported from the old website, with what became of each old address given. */
export type MadeArchivedStory = MadeStory & {
  path: string;
  oldAddresses: { url: string; recorded: boolean; reason?: "live-address" | "taken" | "invalid" }[];
};

/** db/schema's storyKinds: Tin / Bài, the multimedia kinds, Thông báo. */
export type StoryKind = "article" | "photo" | "video" | "audio" | "emagazine" | "infographic" | "notice";
export type StoryStatus = "draft" | "submitted" | "in_review" | "approved" | "scheduled" | "published" | "unpublished";
/** A person by id, or by e-mail (the demo accounts behind the role sessions). */
export type Someone = number | string | { id: number };

export type StoryOptions = {
  status?: StoryStatus;
  /** Default "article" (Tin / Bài); a "notice" (Thông báo) needs no sapo. */
  kind?: StoryKind;
  /** Default: a unique "Bài thử …" title. */
  title?: string;
  sapo?: string;
  paragraphs?: string[];
  tags?: string[];
  /** Pen names under the story; default the author's. */
  byline?: string[];
  /** Writes it; default a new reporter. */
  author?: Someone;
  /** Holds it in review; default the desk member who claimed it. */
  holder?: Someone | null;
  desk?: Someone;
  chief?: Someone;
  /** A section (or its id or slug); null for none. Default: none for a draft, otherwise one hidden section kept for made stories (readers never see them). */
  section?: MadeSection | number | string | null;
  /**
   * Default for a published or taken-down story: a date years back, so that made stories never
   * lead the home page or its latest list (give a recent one when a spec needs it there).
   */
  publishedAt?: Date | null;
  /** A cover from the photo library (its first photo, the demo seed's, uploaded by phongvien@). */
  withCover?: boolean;
  /** A cover by id (a photo made with makeMedia). */
  coverMediaId?: number;
  /** The body as the editor saves it (Tiptap JSON with media blocks), checked by the story schema. */
  body?: { type: "doc"; content: unknown[] };
};

/** A library item made for a spec: a drawn photo (with its variants), or a video/sound row with the file the spec made. */
export type MadeMedia = {
  id: number;
  kind: "image" | "video" | "audio";
  storageKey: string;
  src: string;
  variants?: string[];
  tracks?: { lang: string; label: string; src: string }[];
};
export type MediaOptions = {
  kind: "image" | "video" | "audio";
  caption?: string;
  credit?: string;
  alt?: string;
  width?: number;
  height?: number;
  ext?: "mp4" | "m4a" | "mp3";
  mimeType?: string;
  size?: number;
  durationMs?: number;
  posterMediaId?: number;
  /** The file itself, base64 (stored at the row's key, so the media route serves it). */
  data?: string;
  /** Captions; with `text` the WebVTT file is stored too. */
  tracks?: { lang: string; label: string; kind: "captions" | "subtitles"; text?: string }[];
  transcript?: string;
  status?: "ready" | "processing" | "failed";
  rights?: "own" | "agency" | "licensed";
  rightsSource?: string;
};

const yearsAgo = new Date("2021-03-15T01:00:00.000Z");

const ref = (who: Someone) => (typeof who === "object" ? who.id : who);

export class Factory {
  constructor(private readonly api: APIRequestContext) {}

  private async make<T>(order: Record<string, unknown>): Promise<T> {
    const response = await this.api.post("/api/test/factory", { data: order, headers: { [factoryTokenHeader]: factoryToken() } });
    expect(response.status(), `factory: ${JSON.stringify(order).slice(0, 400)} → ${await response.text()}`).toBe(200);
    return (await response.json()) as T;
  }

  /** An active account of this role, with a known password (madePassword) and a unique name. */
  async makePerson(role: Role, overrides: { name?: string; penName?: string; active?: boolean; grants?: Grant[] } = {}): Promise<MadePerson> {
    const names = givenNames[role];
    const name = overrides.name ?? `${names[Math.floor(Math.random() * names.length)]} ${uniqueTag()}`;
    const made = await this.make<Omit<MadePerson, "password" | "roleLabel" | "heading">>({ make: "person", role, ...overrides, name, password: madePassword });
    return { ...made, password: madePassword, roleLabel: roleScreens[role].label, heading: roleScreens[role].heading };
  }

  /** A visible section after the paper's own, with a unique name ("Chuyên đề K3QZ") unless given. */
  async makeSection(overrides: { name?: string; slug?: string; hidden?: boolean } = {}): Promise<MadeSection> {
    return this.make<MadeSection>({ make: "section", name: overrides.name ?? `Chuyên đề ${uniqueTag()}`, ...overrides });
  }

  /**
   * A published story imported from the old website: each old URL recorded as the import records it
   * (refused when it is an address of this site, another story's, or none), and the server's
   * table of old addresses reloaded at once.
   */
  async makeArchivedStory(
    oldUrls: string[],
    options: { title?: string; section?: MadeSection | number | string; publishedAt?: Date } = {},
  ): Promise<MadeArchivedStory> {
    const { section, publishedAt } = options;
    return this.make<MadeArchivedStory>({
      make: "archivedStory",
      title: options.title ?? `Bài lưu trữ ${uniqueTag()}`,
      oldUrls,
      ...(section !== undefined ? { section: typeof section === "object" ? section.id : section } : {}),
      ...(publishedAt ? { publishedAt: publishedAt.toISOString() } : {}),
    });
  }

  /** A desk (ban) owning these sections, with these members; heads flagged. */
  async makeDesk(
    options: { name?: string; sections?: (MadeSection | number | string)[]; members?: { who: Someone; head?: boolean }[] } = {},
  ): Promise<MadeDesk> {
    return this.make<MadeDesk>({
      make: "desk",
      name: options.name ?? `Ban ${uniqueTag()}`,
      sections: (options.sections ?? []).map((s) => (typeof s === "object" ? s.id : s)),
      members: (options.members ?? []).map((m) => ({ who: ref(m.who), head: m.head ?? false })),
    });
  }

  /** A proposal (đề xuất đề tài) as if made through the form; pending unless a status is given. */
  async makeProposal(options: {
    proposedBy: Someone;
    title?: string;
    desk?: { id: number } | number | null;
    section?: MadeSection | number | string;
    kind?: "text" | "photo" | "video" | "audio" | "emagazine" | "infographic";
    status?: "pending" | "changes_requested" | "approved" | "rejected" | "withdrawn";
    plannedFor?: string;
  }): Promise<MadeProposal> {
    const { proposedBy, desk, section, title, ...rest } = options;
    return this.make<MadeProposal>({
      make: "proposal",
      ...rest,
      title: title ?? `Đề tài ${uniqueTag()}`,
      proposedBy: ref(proposedBy),
      ...(desk !== undefined ? { desk: desk === null ? null : typeof desk === "object" ? desk.id : desk } : {}),
      ...(section !== undefined ? { section: typeof section === "object" ? section.id : section } : {}),
    });
  }

  /** An assignment (giao việc); offered unless a status is given. */
  async makeAssignment(options: {
    assignee: Someone;
    assignedBy: Someone;
    deadline: Date;
    title?: string;
    proposal?: number;
    desk?: { id: number } | number | null;
    section?: MadeSection | number | string;
    task?: "write" | "photo" | "video" | "audio" | "graphics";
    priority?: "normal" | "high" | "urgent";
    status?: "offered" | "accepted" | "in_progress" | "done" | "declined" | "cancelled";
    story?: number;
    doneAt?: Date;
  }): Promise<MadeAssignment> {
    const { assignee, assignedBy, deadline, desk, section, title, doneAt, ...rest } = options;
    return this.make<MadeAssignment>({
      make: "assignment",
      ...rest,
      title: title ?? `Việc ${uniqueTag()}`,
      assignee: ref(assignee),
      assignedBy: ref(assignedBy),
      deadline: deadline.toISOString(),
      ...(doneAt ? { doneAt: doneAt.toISOString() } : {}),
      ...(desk !== undefined ? { desk: desk === null ? null : typeof desk === "object" ? desk.id : desk } : {}),
      ...(section !== undefined ? { section: typeof section === "object" ? section.id : section } : {}),
    });
  }

  /** A library item: a photo, or a video / sound recording pointing at a key the spec serves. */
  async makeMedia(options: MediaOptions): Promise<MadeMedia> {
    return this.make<MadeMedia>({ make: "media", ...options });
  }

  /** A story in any state of the workflow, with the trail the commands would have left. */
  async makeStory(options: StoryOptions = {}): Promise<MadeStory> {
    const { author, holder, desk, chief, section, title, publishedAt: given, ...rest } = options;
    const publishedAt = given !== undefined ? given : rest.status === "published" || rest.status === "unpublished" ? yearsAgo : undefined;
    return this.make<MadeStory>({
      make: "story",
      ...rest,
      title: title ?? `Bài thử ${uniqueTag()}`,
      ...(author !== undefined ? { author: ref(author) } : {}),
      ...(holder !== undefined ? { holder: holder === null ? null : ref(holder) } : {}),
      ...(desk !== undefined ? { desk: ref(desk) } : {}),
      ...(chief !== undefined ? { chief: ref(chief) } : {}),
      ...(section !== undefined ? { section: section !== null && typeof section === "object" ? section.id : section } : {}),
      ...(publishedAt !== undefined ? { publishedAt: publishedAt?.toISOString() ?? null } : {}),
    });
  }
}
