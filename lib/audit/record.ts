// The one writer of the audit trail (Nhật ký). Every recorded action is named here, so Nhật ký's
// labels, filters and export can cover them all (labels.test.ts checks) and a typo cannot invent
// a new one. Story workflow moves are not here: they are recorded as story_transitions.
import type { Database } from "@/db/client";
import { auditLog } from "@/db/schema";

export const auditActions = [
  "story.import",
  "story.correct",
  "story.takeover",
  "story.restore",
  "home.update",
  "user.create",
  "user.role",
  "user.deactivate",
  "user.activate",
  "user.password_link",
  "user.password_set",
  "user.grants",
  "section.create",
  "section.rename",
  "section.reorder",
  "section.hide",
  "section.show",
  "section.merge",
  "section.delete",
  "section.move",
  "settings.update",
  "media.upload",
  "media.update",
  "media.delete",
  "profile.update",
  "profile.password",
  "profile.password_failed",
  "two_factor.enrol",
  "two_factor.recovery_used",
  "two_factor.reset",
  "audit.export",
  "royalty.grade",
  "royalty.approve",
  "royalty.unapprove",
  "royalty.close",
  "royalty.pay",
  "royalty.export",
  "royalty.settings",
  "payee.create",
  "payee.update",
  "payee.details_read",
  "payee.details_update",
  "desk.create",
  "desk.rename",
  "desk.delete",
  "desk.sections",
  "desk.members",
  // Kế hoạch: proposals and assignments (lib/plan).
  "plan.proposal.create",
  "plan.proposal.edit",
  "plan.proposal.withdraw",
  "plan.proposal.approve",
  "plan.proposal.request_changes",
  "plan.proposal.reject",
  "plan.assignment.create",
  "plan.assignment.accept",
  "plan.assignment.decline",
  "plan.assignment.start",
  "plan.assignment.deliver",
  "plan.assignment.done",
  "plan.assignment.reassign",
  "plan.assignment.cancel",
  "plan.assignment.deadline",
  "plan.settings",
  "seed.demo",
] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditEntityTypes = [
  "story",
  "user",
  "section",
  "media",
  "settings",
  "home",
  "system",
  "royalty_month",
  "payee",
  "desk",
  "proposal",
  "assignment",
] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];

export type AuditRecord = {
  /** Who did it; null for the system (seeding, a worker). */
  actorId: number | null;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId?: number | string | null;
  data?: Record<string, unknown>;
  /** The client's address, where a person acted through a request. */
  address?: string | null;
  at?: Date;
};

/** Records one action inside the caller's transaction; returns when it was recorded. */
export async function recordAudit(tx: Database, record: AuditRecord): Promise<{ at: Date }> {
  const [row] = await tx
    .insert(auditLog)
    .values({
      actorId: record.actorId,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId === undefined || record.entityId === null ? null : String(record.entityId),
      data: record.data ?? {},
      address: record.address ?? null,
      ...(record.at ? { at: record.at } : {}),
    })
    .returning({ at: auditLog.at });
  return row!;
}
