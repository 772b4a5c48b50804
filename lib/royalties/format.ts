// How nhuận bút's numbers read on every screen, sheet and statement: pure, for server and client alike.

const wholeDong = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });

/** Whole đồng as Vietnamese writes them: 1404000 → "1.404.000". */
export const formatAmount = (amount: number) => wholeDong.format(amount);

/** With the unit: 1404000 → "1.404.000 đ". */
export const formatDong = (amount: number) => `${formatAmount(amount)} đ`;

/** A royalty month as the paper writes it: "2026-10" → "10/2026" (anything else as it is). */
export const monthLabel = (month: string) => month.replace(/^(\d{4})-(\d{2})$/, "$2/$1");
