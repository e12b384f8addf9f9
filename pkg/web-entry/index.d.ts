export { lint, rules, version, renderFile, summary, explain } from "./wa_lint.js";
export type { Diagnostic, Options, RuleLevel, RuleMeta, Rendered, Severity, Span } from "./wa_lint.js";
