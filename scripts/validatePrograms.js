// Build step: every data/programs/*.json must pass the programme schema and its cross-checks
// (src/core/subsidy/schema.ts, validatePrograms.ts); a bad rule file fails the build, not a user's calculation.
const fs = require("fs");
const path = require("path");
const { loadTsModule } = require("./loadTs");

class ValidateProgramsPlugin {
  constructor({ root }) {
    this.root = root;
  }
  apply(compiler) {
    const { WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ValidateProgramsPlugin", (compilation) => {
      const dir = path.join(this.root, "data/programs");
      try {
        const { validatePrograms } = loadTsModule(path.join(this.root, "src/core/subsidy/validatePrograms.ts"));
        const files = fs
          .readdirSync(dir)
          .filter((f) => f.endsWith(".json"))
          .map((name) => ({ name, data: JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) }));
        const { errors } = validatePrograms(files);
        errors.forEach((e) => compilation.errors.push(new WebpackError(`data/programs: ${e}`)));
      } catch (e) {
        compilation.errors.push(new WebpackError(`data/programs: cannot validate: ${e.message}`));
      }
    });
  }
}

module.exports = { ValidateProgramsPlugin };
