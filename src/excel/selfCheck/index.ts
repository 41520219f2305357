export { runSelfCheck, selfCheckText, type SelfCheckReport } from "./runSelfCheck";
export type { CheckItem, CheckStatus, HostFacade, NetworkTarget, ProbeFetch, SelfCheckDeps } from "./types";
