// Custom functions of the data area: thin wrappers over src/core (see docs/ARCHITECTURE.md).
export {};
