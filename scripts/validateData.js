// Build step: data/indicators/*.json, data/sme-definitions.json and data/rdtax/*.json must pass their schemas (official source
// URLs, checkedIn pages, a quote for every verified value, computed figures no surer than their inputs);
// a bad file fails the build instead of reaching a user. See src/core/citations/validateData.ts.
const fs = require("fs");
const path = require("path");
const { loadTsModule } = require("./loadTs");

class ValidateDataPlugin {
  constructor({ root }) {
    this.root = root;
  }
  apply(compiler) {
    const { WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ValidateDataPlugin", (compilation) => {
      try {
        const { validateCitedData } = loadTsModule(
          path.join(this.root, "src/core/citations/validateData.ts"),
        );
        const dir = path.join(this.root, "data/indicators");
        const pack = fs
          .readdirSync(dir)
          .filter((f) => f.endsWith(".json"))
          .map((name) => ({ name, data: JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) }));
        const defs = JSON.parse(fs.readFileSync(path.join(this.root, "data/sme-definitions.json"), "utf8"));
        for (const e of validateCitedData(pack, defs)) compilation.errors.push(new WebpackError(e));
        const { validateRdTaxPeriods } = loadTsModule(
          path.join(this.root, "src/core/rdtax/validatePeriods.ts"),
        );
        const rdDir = path.join(this.root, "data/rdtax");
        const periods = fs
          .readdirSync(rdDir)
          .filter((f) => f.endsWith(".json"))
          .map((name) => ({ name, data: JSON.parse(fs.readFileSync(path.join(rdDir, name), "utf8")) }));
        for (const e of validateRdTaxPeriods(periods).errors) compilation.errors.push(new WebpackError(e));
      } catch (e) {
        compilation.errors.push(new WebpackError(`data: cannot validate: ${e.message}`));
      }
    });
  }
}

module.exports = { ValidateDataPlugin };
