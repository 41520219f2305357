import { formatDateTime } from "./index";

// The pane's times say their zone, as the workbook's 取得日時 does (real/provenance.ts): a ministry user
// comparing the pane with a printed sheet, or with a colleague abroad, must not guess the clock.
describe("formatDateTime", () => {
  const iso = "2026-12-07T04:24:17.785Z";
  it("writes Japan time as JST", () => {
    expect(formatDateTime(iso, "ja", 540)).toBe("2026年12月7日 13:24 (JST)");
    expect(formatDateTime(iso, "en", 540)).toBe("7 Dec 2026 13:24 (JST)");
  });
  it("writes any other zone as its offset, east or west, crossing midnight", () => {
    expect(formatDateTime(iso, "en", 60)).toBe("7 Dec 2026 05:24 (UTC+01:00)");
    expect(formatDateTime(iso, "ja", -300)).toBe("2026年12月6日 23:24 (UTC-05:00)");
    expect(formatDateTime(iso, "en", 330)).toBe("7 Dec 2026 09:54 (UTC+05:30)");
    expect(formatDateTime(iso, "en", 0)).toBe("7 Dec 2026 04:24 (UTC+00:00)");
  });
  it("uses this machine's zone by default", () => {
    const offset = -new Date(Date.parse(iso)).getTimezoneOffset();
    expect(formatDateTime(iso, "ja")).toBe(formatDateTime(iso, "ja", offset));
  });
  it("leaves what is not a time of day as the source wrote it", () => {
    for (const v of ["2024-09-02", "2024-09", "令和6年", "2026-13-45T99:99", ""])
      expect(formatDateTime(v, "ja")).toBe(v);
  });
});
