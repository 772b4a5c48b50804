// The only barrel: drizzle needs the whole schema in one object.
export * from "./audit";
export * from "./desks";
export * from "./media";
export * from "./notifications";
export * from "./plan";
export * from "./reading";
export * from "./royalties";
export * from "./sections";
export * from "./settings";
export * from "./stories";
export * from "./users";
export * from "./workflow";
