// Writes pkg/payload.d.ts, the TypeScript types of the payload itself (WhatsAppMessage,
// InteractiveMessage, TemplateComponent, …), from schemas/message.schema.json, whose interactive
// part is generated from the Rust model. Each `$defs` entry becomes a type; an object whose
// `allOf` branches on one member's constant (`type`) becomes a discriminated union of one
// interface per value. `--check` fails instead of writing when the file is stale
// (pkg/tests/types.test.mjs runs it).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const schemaFile = path.join(root, "schemas", "message.schema.json");
export const typesFile = path.join(root, "pkg", "payload.d.ts");

/** Names the issue and users expect, where the `$defs` key alone would be vague. */
const NAMES = {
  message: "WhatsAppMessage",
  interactive: "InteractiveMessage",
  mark_as_read: "MarkAsRead",
  text: "TextObject",
  media: "MediaObject",
  image: "ImageObject",
  audio: "AudioObject",
  document: "DocumentObject",
  sticker: "StickerObject",
  video: "VideoObject",
  location: "LocationObject",
  reaction: "ReactionObject",
  pin: "PinObject",
  template: "TemplateObject",
};

const pascal = (name) =>
  name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join("");
const typeName = (key) => NAMES[key] ?? pascal(key);
const refName = (ref) => typeName(ref.split("/").pop());
const isEmpty = (value) => value && typeof value === "object" && Object.keys(value).length === 0;
const identifier = (name) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name));

function doc(schema, indent) {
  const lines = [];
  if (schema.description) lines.push(...schema.description.replaceAll("*/", "*\\/").split("\n"));
  if (schema.deprecated) lines.push(`@deprecated ${schema.deprecationMessage ?? ""}`.trim());
  if (lines.length === 0) return "";
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`).join("\n")}\n${indent} */\n`;
}

/** Whether a schema says what its values are, not only what else they must satisfy. */
const states = (schema) =>
  Boolean(schema.type || schema.$ref || "const" in schema || schema.enum || schema.not);

/**
 * Merges a branch's refinement of a member into the member's own schema. A refinement of a
 * member the base leaves open (a limit on items of any shape) declares nothing, so it is dropped.
 */
function refined(base, refinement) {
  if (!base && !states(refinement)) return {};
  const merged = { ...(base ?? {}), ...refinement };
  if (refinement.properties) {
    merged.properties = { ...(base?.properties ?? {}) };
    for (const [name, member] of Object.entries(refinement.properties)) {
      merged.properties[name] = refined(base?.properties?.[name], member);
    }
  }
  if (refinement.items) merged.items = refined(base?.items, refinement.items);
  return merged;
}

function union(types) {
  const unique = [...new Set(types)];
  return unique.length === 0 ? "never" : unique.join(" | ");
}

/** The TypeScript type of a schema, at `indent` for the members of object literals. */
function tsType(schema, indent) {
  if (schema === true || schema === undefined || isEmpty(schema)) return "unknown";
  if (schema.not && isEmpty(schema.not)) return "never";
  if ("const" in schema) return JSON.stringify(schema.const);
  if (schema.enum) return union(schema.enum.map((value) => JSON.stringify(value)));
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return schema.properties ? `${name} & ${objectLiteral(schema, indent, false)}` : name;
  }
  const parts = (schema.allOf ?? []).filter((part) => part.$ref).map((part) => refName(part.$ref));
  if (parts.length > 0) {
    const own = schema.properties ? [objectLiteral(schema, indent, true)] : [];
    return [...parts, ...own].join(" & ");
  }
  const alternatives = (schema.anyOf ?? schema.oneOf ?? []).filter((option) => typeOf(option));
  if (alternatives.length > 0) return union(alternatives.map((option) => tsType(option, indent)));
  switch (typeOf(schema)) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array": {
      const item = tsType(schema.items, indent);
      return /[|&\s]/.test(item) && !item.startsWith("{") ? `(${item})[]` : `${item}[]`;
    }
    case "object":
      return schema.properties ? objectLiteral(schema, indent, true) : "object";
    default:
      return "unknown";
  }
}

/** What a schema says its values are, stated or implied by its keywords. */
function typeOf(schema) {
  if (!schema || typeof schema !== "object") return undefined;
  if (schema.type) return schema.type;
  if (
    schema.$ref ||
    "const" in schema ||
    schema.enum ||
    schema.not ||
    schema.allOf?.some((part) => part.$ref)
  ) {
    return "known";
  }
  if (schema.items) return "array";
  if (schema.properties) return "object";
  return undefined;
}

function members(schema, indent, requiredMatters) {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .map(([name, member]) => {
      const optional = requiredMatters && required.has(name) ? "" : "?";
      return `${doc(member, indent)}${indent}${identifier(name)}${optional}: ${tsType(member, indent)};\n`;
    })
    .join("");
}

function objectLiteral(schema, indent, requiredMatters) {
  return `{\n${members(schema, `${indent}  `, requiredMatters)}${indent}}`;
}

/** The branches of `allOf` that pick a variant by one member's constant, and that member. */
function discriminated(schema) {
  const branches = (schema.allOf ?? []).filter((branch) => {
    const keys = Object.keys(branch.if?.properties ?? {});
    return branch.then && keys.length === 1 && "const" in branch.if.properties[keys[0]];
  });
  const keys = new Set(branches.map((branch) => Object.keys(branch.if.properties)[0]));
  if (branches.length < 2 || keys.size !== 1) return undefined;
  return { member: [...keys][0], branches };
}

/** The `else` refinements of the branches that do not name `value`. */
function otherwise(branches, value) {
  const properties = {};
  for (const branch of branches) {
    const named = Object.values(branch.if.properties)[0].const;
    if (named !== value && branch.else?.properties) Object.assign(properties, branch.else.properties);
  }
  return properties;
}

/** Adds a variant's refinements of the base's members to its own members. */
function refine(own, schema, refinements) {
  for (const [member, refinement] of Object.entries(refinements ?? {})) {
    own.properties[member] = refined(own.properties[member] ?? schema.properties?.[member], refinement);
  }
}

function definition(key, schema) {
  const name = typeName(key);
  const union = discriminated(schema);
  if (!union) {
    if (typeOf(schema) === "object" && schema.properties && !schema.allOf?.some((part) => part.$ref)) {
      return `${doc(schema, "")}export interface ${name} ${objectLiteral(schema, "", true)}\n`;
    }
    return `${doc(schema, "")}export type ${name} = ${tsType(schema, "")};\n`;
  }
  const base = `${name}Base`;
  let out = `/** What every ${name} variant has. */\nexport interface ${base} ${objectLiteral(schema, "", true)}\n`;
  const variants = [];
  for (const branch of union.branches) {
    const value = branch.if.properties[union.member].const;
    const variant = `${pascal(String(value))}${name}`;
    variants.push(variant);
    const discriminantRequired = (branch.if.required ?? []).includes(union.member);
    const own = {
      properties: { [union.member]: { const: value } },
      required: discriminantRequired ? [union.member] : [],
    };
    refine(own, schema, otherwise(union.branches, value));
    refine(own, schema, branch.then.properties);
    const baseRequired = (schema.required ?? []).filter((member) => member in own.properties);
    for (const member of [...baseRequired, ...(branch.then.required ?? [])]) {
      own.properties[member] ??= schema.properties?.[member] ?? {};
      own.required.push(member);
    }
    const comment = `/** One ${name} whose \`${union.member}\` is ${JSON.stringify(value)}. */\n`;
    out += `${comment}export interface ${variant} extends ${base} ${objectLiteral(own, "", true)}\n`;
  }
  // The values no branch names (other cases, other components) keep the base's members.
  const covered = new Set(union.branches.map((branch) => branch.if.properties[union.member].const));
  const others = (schema.properties?.[union.member]?.enum ?? []).filter((value) => !covered.has(value));
  if (others.length > 0) {
    const variant = `Other${name}`;
    variants.push(variant);
    const own = { properties: { [union.member]: { enum: others } }, required: [] };
    refine(own, schema, otherwise(union.branches, undefined));
    own.required = (schema.required ?? []).filter((member) => member in own.properties);
    const comment = `/** One ${name} whose \`${union.member}\` no other variant names. */\n`;
    out += `${comment}export interface ${variant} extends ${base} ${objectLiteral(own, "", true)}\n`;
  }
  return `${out}${doc(schema, "")}export type ${name} = ${variants.join(" | ")};\n`;
}

export function generate() {
  const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
  let out =
    "// Generated by scripts/payload-types.mjs from schemas/message.schema.json: do not edit.\n" +
    "// The payload POSTed to /<PHONE_NUMBER_ID>/messages, as types. They state the shape; the\n" +
    "// limits that types cannot state (characters, counts, URLs) are lint()'s to check.\n\n";
  out += `${doc(schema, "")}export type WhatsAppPayload = ${refName(schema.then.$ref)} | ${refName(schema.else.$ref)};\n`;
  for (const [key, definitionSchema] of Object.entries(schema.$defs)) {
    out += `\n${definition(key, definitionSchema)}`;
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fresh = generate();
  if (process.argv.includes("--check")) {
    if (fs.readFileSync(typesFile, "utf8") !== fresh) {
      console.error("pkg/payload.d.ts is stale: run node scripts/payload-types.mjs");
      process.exit(1);
    }
  } else {
    fs.writeFileSync(typesFile, fresh);
  }
}
