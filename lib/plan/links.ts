// Where a proposal and an assignment are opened: the notifications' links, Nhật ký and the
// story page's "Từ kế hoạch" line all lead here. Pure, client-safe.
export const planPath = "/toa-soan/ke-hoach";
export const proposalPath = (id: number) => `${planPath}/de-xuat/${id}`;
export const newProposalPath = `${planPath}/de-xuat/moi`;
export const assignmentPath = (id: number) => `${planPath}/giao-viec/${id}`;
export const newAssignmentPath = `${planPath}/giao-viec/moi`;
