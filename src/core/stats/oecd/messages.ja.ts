// Japanese user messages for OECD SDMX, cache and offline-pack error codes.
export const oecdJa = {} as const;
