// Resumable uploads of video and sound (the tus protocol, tus.io): a 2 GB recording over a
// newsroom's or a reporter's mobile link is sent in 8 MB pieces, and a dropped connection resumes
// from the last piece the server kept instead of starting over. The pieces gather under
// <DATA_DIR>/uploads; the finished file is probed, stored and added to the library
// (lib/media/av-commands.ts). Photos keep the plain multipart upload (app/api/media/route.ts).
//
// Several instances: an upload's pieces are on the disk of the instance that took them, so the
// front must send one person's upload requests to one instance (the shipped nginx hashes them on
// the session cookie: deploy/nginx/toasoan.conf, toasoan_uploads). The lock below is the process's own.
import fs from "node:fs";
import path from "node:path";
import { FileStore } from "@tus/file-store";
import { Server } from "@tus/server";
import type { Upload } from "@tus/utils";
import type { Database } from "@/db/client";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { phrase, say, type Phrase } from "@/lib/i18n/phrase";
import { dataDir } from "@/lib/env";
import { can, type Actor } from "@/lib/policy/policy";
import { processState } from "@/lib/server/process-state";
import { megabytes } from "@/lib/http/body-limits";
import { addAvToLibrary, avLimits } from "./av-commands";
import { AvError } from "./av-probe";
import { wakeMediaWorker } from "./av-jobs";

export const tusPath = "/api/media/tai-len";

/** Who sent this request, for the hooks below (tus hands them the same Request object). */
type Caller = { actor: Actor; db: Database; locale: Locale };
const callers = new WeakMap<Request, Caller>();
/** Uploads finished (added or refused) by a request: their pieces are removed once tus has answered. */
const finished = new WeakMap<Request, string>();

/** A refusal as tus sends it (it reads status_code and body): a JSON body `{ error }` the uploader shows as it is. */
class TusRefusal extends Error {
  readonly body: string;
  constructor(
    readonly status_code: number,
    message: string,
  ) {
    super(message);
    this.body = JSON.stringify({ error: message });
  }
}

function refusal(status: number, caller: Caller | undefined, message: Phrase | string): TusRefusal {
  return new TusRefusal(status, say(caller?.locale ?? defaultLocale, message));
}

export function uploadsDir(): string {
  return path.join(dataDir(), "uploads");
}

function owner(upload: Upload): number | null {
  const id = Number(upload.metadata?.owner);
  return Number.isInteger(id) ? id : null;
}

function declaredKind(upload: Upload): "video" | "audio" | null {
  const type = upload.metadata?.filetype ?? "";
  const expect = upload.metadata?.expect ?? "";
  if (expect === "video" || expect === "audio") return expect;
  if (type.startsWith("video/")) return "video";
  if (type.startsWith("audio/")) return "audio";
  return null;
}

function createServer(): { server: Server; datastore: FileStore } {
  const directory = uploadsDir();
  fs.mkdirSync(directory, { recursive: true });
  const datastore = new FileStore({ directory, expirationPeriodInMilliseconds: 24 * 3600 * 1000 });
  const options: ConstructorParameters<typeof Server>[0] = {
    path: tusPath,
    datastore,
    relativeLocation: true,
    // The largest any upload may be; the bound of this one (video or sound) is checked on creation.
    maxSize: async (req) => {
      const caller = callers.get(req);
      if (!caller) return 1;
      const limits = await avLimits(caller.db);
      return Math.max(limits.video, limits.audio);
    },
    disableTerminationForFinishedUploads: true,
    // No locker given: the server's own memory lock (one process); see the note above.
    onIncomingRequest: async (req, id) => {
      const caller = callers.get(req);
      // One person's upload is theirs alone to continue, look at or cancel.
      const upload = await datastore.getUpload(id).catch(() => null);
      if (upload && owner(upload) !== caller?.actor.id) throw refusal(403, caller, phrase("refusals.av.notYourUpload"));
    },
    onUploadCreate: async (req, upload) => {
      const caller = callers.get(req);
      if (!caller) throw refusal(401, caller, phrase("common.notSignedIn"));
      const kind = declaredKind(upload);
      if (!kind) throw refusal(415, caller, phrase("refusals.av.notAv"));
      const name = upload.metadata?.filename ?? "";
      if (!name || name.length > 1000) throw refusal(400, caller, phrase("validation.media.noFileName"));
      const limits = await avLimits(caller.db);
      if (upload.size === undefined) throw refusal(400, caller, phrase("refusals.av.lengthRequired"));
      if (upload.size > limits[kind]) throw refusal(413, caller, tooLarge(kind, limits[kind]));
      return { metadata: { ...upload.metadata, owner: String(caller.actor.id) } };
    },
    onUploadFinish: async (req, upload) => {
      const caller = callers.get(req);
      if (!caller) throw refusal(401, caller, phrase("common.notSignedIn"));
      const file = path.join(directory, upload.id);
      try {
        const item = await addAvToLibrary(caller.db, {
          file,
          fileName: upload.metadata?.filename ?? "",
          expect: upload.metadata?.expect === "video" || upload.metadata?.expect === "audio" ? upload.metadata.expect : undefined,
          uploadedById: caller.actor.id,
          // What the uploader typed beside the file, bounded as the details form bounds it.
          caption: (upload.metadata?.caption ?? "").slice(0, 1000),
          credit: (upload.metadata?.credit ?? "").slice(0, 200),
          alt: (upload.metadata?.alt ?? "").slice(0, 500),
        });
        if (item.status === "processing") wakeMediaWorker();
        return { status_code: 204, headers: { "X-Media-Id": item.id, "X-Media-Status": item.status } };
      } catch (error) {
        if (error instanceof AvError) throw refusal(error.status, caller, error.phrase);
        console.error("Tòa soạn: không nhận được tệp video/âm thanh", error);
        throw refusal(500, caller, phrase("refusals.routeServerError"));
      } finally {
        // Whatever happened, the pieces and their record are done with (removed after tus's last write).
        finished.set(req, upload.id);
      }
    },
    onResponseError: (req, error) => {
      // tus's own refusals (offset mismatch, size exceeded…) in words the uploader reads.
      const caller = callers.get(req);
      const status = "status_code" in error ? error.status_code : 500;
      if ("body" in error && error.body.startsWith("{")) return undefined;
      const answer = (key: Phrase) => {
        const { status_code, body } = refusal(status, caller, key);
        return { status_code, body };
      };
      if (status === 413) return answer(phrase("refusals.av.uploadTooLarge"));
      if (status === 404 || status === 410) return answer(phrase("refusals.av.uploadGone"));
      if (status === 409) return answer(phrase("refusals.av.uploadOffset"));
      if (status >= 500) console.error("Tòa soạn: lỗi khi nhận tệp tải lên", error);
      return undefined;
    },
  };
  return { server: new Server(options), datastore };
}

function tooLarge(kind: "video" | "audio", bytes: number): Phrase {
  return phrase(kind === "video" ? "refusals.av.videoTooLarge" : "refusals.av.audioTooLarge", { size: megabytes(bytes) });
}

function tus(): { server: Server; datastore: FileStore } {
  return processState("tus-server", createServer);
}

/**
 * One tus request (POST to create, HEAD to ask the offset, PATCH with a piece, DELETE to cancel),
 * answered for a person the policy lets upload. The route asks the policy first; asking again here
 * keeps anyone calling this directly from writing a byte for nobody.
 */
export async function handleTusRequest(request: Request, actor: Actor | null, db: Database): Promise<Response> {
  const locale = actor?.locale ?? defaultLocale;
  const json = (status: number, message: Phrase) =>
    Response.json({ error: say(locale, message) }, { status, headers: { "Cache-Control": "no-store", "Tus-Resumable": "1.0.0" } });
  if (!actor) return json(401, phrase("common.notSignedIn"));
  if (!can(actor, "media.upload")) return json(403, phrase("refusals.denied.media"));
  callers.set(request, { actor, db, locale });
  const { server, datastore } = tus();
  const response = await server.handleWeb(request);
  const done = finished.get(request);
  // The library took (or refused and removed) the file itself: what is left is tus's record of it.
  if (done)
    await datastore
      .remove(done)
      .catch(() => datastore.configstore.delete(done))
      .catch(() => undefined);
  response.headers.set("Cache-Control", "no-store");
  return response;
}
