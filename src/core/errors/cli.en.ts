import type { cliJa } from "./cli.ja";

export const cliEn: Record<keyof typeof cliJa, string> = {
  CLI_WRITE_ENOENT: "{path} could not be written: the folder does not exist.",
  CLI_WRITE_ENOTDIR: "{path} could not be written: part of the path is not a folder (it is a file).",
  CLI_WRITE_EISDIR: "{path} could not be written: it is a folder. Give a file name.",
  CLI_WRITE_ENOSPC: "{path} could not be written: no space left on the device.",
  CLI_WRITE_EACCES: "{path} could not be written: permission denied or read-only.",
  CLI_WRITE_FAILED: "{path} could not be written ({detail}).",
  CLI_STDOUT_FAILED: "Standard output could not be written ({detail}).",
  CLI_READ_FAILED: "{file} could not be read ({detail}).",
  CLI_CONFIG_NOT_JSON: "config.json is not valid JSON (line {line}): {path}",
  CLI_CONFIG_NOT_OBJECT: "config.json is not a JSON object ({ … }): {path}",
  CLI_FILE_EMPTY:
    "{file} is empty. Pass an e-Stat getStatsData response (JSON/XML) or a getSimpleStatsData CSV.",
  CLI_FILE_NULL: "{file} contains JSON null. Pass an e-Stat getStatsData response.",
  CLI_FILE_NOT_ESTAT: "{file} is not an e-Stat response. Pass a getStatsData response.",
  CLI_FILE_WRONG_API: "{file} is a {api} response; pass a getStatsData response.",
  CLI_FILE_BAD_JSON: "{file} is not valid JSON (line {line}, column {column}).",
  CLI_FILE_BAD_XML: "{file} is not valid XML ({detail}).",
};
