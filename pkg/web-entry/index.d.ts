export * from "../payload.js";
export type { Diagnostic, Options, Rendered, RuleLevel, RuleMeta, Severity, Span } from "./wa_lint.js";
export { explain, lint, renderFile, rules, summary, version } from "./wa_lint.js";
