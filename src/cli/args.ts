/** `--name value`, `--name=value` and bare flags; everything else is positional. */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string>;
  flags: Set<string>;
}

/** Options that never take a value. */
const FLAGS = new Set(["bom", "help", "no-budget", "quiet", "force"]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = a.slice(2, eq < 0 ? undefined : eq);
      if (eq >= 0) options.set(name, a.slice(eq + 1));
      else if (FLAGS.has(name)) flags.add(name);
      else if (i + 1 < argv.length) options.set(name, argv[++i]);
      else throw new UsageError(`--${name} needs a value`);
    } else if (a === "-h") flags.add("help");
    else positional.push(a);
  }
  return { positional, options, flags };
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
