// Custom functions of the subsidy area: thin wrappers over src/core (see docs/ARCHITECTURE.md).
export {};
