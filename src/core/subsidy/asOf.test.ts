import { asOfFromClock, asOfFromSerial, asOfFromText } from "./asOf";

describe("asOfFromSerial (Excel 1900 date system)", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [45658, "2025-01-01"],
    [45931, "2025-10-01"],
    [46363, "2026-12-07"],
  ])("reads serial %d as %s", (serial, date) => {
    expect(asOfFromSerial(serial)).toEqual({ date });
  });

  it("reads the fraction as the time of day", () => {
    expect(asOfFromSerial(45931.75)).toEqual({ date: "2025-10-01", time: "18:00" });
    expect(asOfFromSerial(46371 + 17 / 24 + 1 / 1440)).toEqual({ date: "2026-12-15", time: "17:01" });
  });

  it.each([0, 60, -1, 2958466, NaN])(
    "refuses %d (60 is Excel's 1900-02-29, a day that never was)",
    (serial) => {
      expect(() => asOfFromSerial(serial)).toThrow(expect.objectContaining({ code: "AS_OF_INVALID" }));
    },
  );
});

describe("asOfFromText", () => {
  it("reads ISO dates, slashes and a time", () => {
    expect(asOfFromText("2025-10-01")).toEqual({ date: "2025-10-01" });
    expect(asOfFromText("2025/1/5")).toEqual({ date: "2025-01-05" });
    expect(asOfFromText("2026-12-15 17:00")).toEqual({ date: "2026-12-15", time: "17:00" });
    expect(asOfFromText("2026-12-15T9:05")).toEqual({ date: "2026-12-15", time: "09:05" });
  });

  it.each(["2025-02-29", "2025-13-01", "令和7年", "2025-10-01 24:00", ""])("refuses %s", (text) => {
    expect(() => asOfFromText(text)).toThrow(expect.objectContaining({ code: "AS_OF_INVALID" }));
  });
});

describe("asOfFromClock", () => {
  it("gives the date and time in Japan whatever the machine's zone", () => {
    expect(asOfFromClock(Date.UTC(2026, 11, 7, 5, 0))).toEqual({ date: "2026-12-07", time: "14:00" });
    expect(asOfFromClock(Date.UTC(2026, 11, 7, 15, 30))).toEqual({ date: "2026-12-08", time: "00:30" });
  });
});
