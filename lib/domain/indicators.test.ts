import { describe, expect, it } from "vitest";
import {
  compareDecimals,
  decimalInputValue,
  expectedValue,
  formatDecimal,
  indicatorStanding,
  isDecimalText,
  latestMeasurement,
  toMicros,
  type IndicatorPath,
} from "./indicators";

// 0 → 100 over ten days: on day 5 (2026-01-06) the path is at 50, and 10 % of the distance is 10.
const UP: IndicatorPath = {
  direction: "INCREASE",
  baselineValue: "0",
  baselineOn: "2026-01-01",
  targetValue: "100",
  targetOn: "2026-01-11",
};
// 100 → 20 over the same ten days: on day 5 the path is at 60, and 10 % of the distance is 8.
const DOWN: IndicatorPath = {
  direction: "DECREASE",
  baselineValue: "100",
  baselineOn: "2026-01-01",
  targetValue: "20",
  targetOn: "2026-01-11",
};

const standing = (path: IndicatorPath, value: string, measuredOn: string) => indicatorStanding(path, [{ value, measuredOn }]).standing;

describe("decimals", () => {
  it("reads up to 14 digits and 6 places, signed, exactly", () => {
    expect(toMicros("5.25")).toBe(5_250_000n);
    expect(toMicros("-0.000001")).toBe(-1n);
    expect(toMicros("+12")).toBe(12_000_000n);
    expect(toMicros("99999999999999.999999")).toBe(99_999_999_999_999_999_999n);
    for (const bad of ["", "1e3", "1,000", "1.2345678", "123456789012345", ".5", "5.", "NaN", "Infinity", " "]) {
      expect(isDecimalText(bad), bad).toBe(false);
    }
  });

  it("compares exactly where floating point would not", () => {
    expect(compareDecimals("12345678901234.000001", "12345678901234.000002")).toBe(-1);
    expect(compareDecimals("10", "10.000000")).toBe(0);
    expect(compareDecimals("-1", "-2")).toBe(1);
  });

  it("formats as people write numbers", () => {
    expect(formatDecimal("5.400000")).toBe("5.4");
    expect(formatDecimal("10.000000")).toBe("10");
    expect(formatDecimal("1234567.5")).toBe("1,234,567.5");
    expect(formatDecimal("-0.250000")).toBe("−0.25");
    expect(formatDecimal("0.000000")).toBe("0");
    expect(decimalInputValue("-1234.500000")).toBe("-1234.5");
    expect(isDecimalText(decimalInputValue("99999999999999.999999"))).toBe(true);
  });
});

describe("the path", () => {
  it("runs straight from baseline to target and stays flat outside", () => {
    expect(expectedValue(UP, "2026-01-01")).toBe(0);
    expect(expectedValue(UP, "2026-01-06")).toBe(50);
    expect(expectedValue(UP, "2026-01-11")).toBe(100);
    expect(expectedValue(UP, "2027-06-01")).toBe(100);
    expect(expectedValue(UP, "2025-06-01")).toBe(0);
    expect(expectedValue(DOWN, "2026-01-06")).toBe(60);
  });
});

describe("indicatorStanding, increase", () => {
  it("says no measurement yet without one", () => {
    expect(indicatorStanding(UP, [])).toEqual({ standing: "NO_MEASUREMENT" });
  });

  it("is on track at exactly 10 % of the distance below the path, behind one millionth further", () => {
    expect(standing(UP, "40", "2026-01-06")).toBe("ON_TRACK");
    expect(standing(UP, "39.999999", "2026-01-06")).toBe("BEHIND");
    expect(standing(UP, "50", "2026-01-06")).toBe("ON_TRACK");
    // Ahead of the path is on track.
    expect(standing(UP, "80", "2026-01-06")).toBe("ON_TRACK");
  });

  it("meets the target at it or above, at any date", () => {
    expect(standing(UP, "100", "2026-01-03")).toBe("TARGET_MET");
    expect(standing(UP, "140", "2026-01-03")).toBe("TARGET_MET");
    expect(standing(UP, "99.999999", "2026-01-11")).toBe("ON_TRACK");
  });

  it("after the target date compares with the target itself", () => {
    expect(standing(UP, "90", "2026-06-01")).toBe("ON_TRACK");
    expect(standing(UP, "89.999999", "2026-06-01")).toBe("BEHIND");
  });

  it("before the baseline date compares with the baseline", () => {
    expect(standing(UP, "-10", "2025-12-01")).toBe("ON_TRACK");
    expect(standing(UP, "-10.000001", "2025-12-01")).toBe("BEHIND");
  });

  it("reads the latest date, not the latest recorded; of two on one day, the later recorded", () => {
    const reading = indicatorStanding(UP, [
      { value: "45", measuredOn: "2026-01-08" },
      { value: "99", measuredOn: "2026-01-02" },
    ]);
    expect(reading).toMatchObject({ standing: "BEHIND", latest: { value: "45" }, expected: 70 });
    expect(
      latestMeasurement([
        { value: "1", measuredOn: "2026-01-05" },
        { value: "2", measuredOn: "2026-01-05" },
      ])?.value,
    ).toBe("2");
  });
});

describe("indicatorStanding, decrease", () => {
  it("is on track at exactly 10 % of the distance above the path, behind one millionth further", () => {
    expect(standing(DOWN, "68", "2026-01-06")).toBe("ON_TRACK");
    expect(standing(DOWN, "68.000001", "2026-01-06")).toBe("BEHIND");
    // Below the path (ahead, for a decrease) is on track.
    expect(standing(DOWN, "30", "2026-01-06")).toBe("ON_TRACK");
  });

  it("meets the target at it or below", () => {
    expect(standing(DOWN, "20", "2026-01-04")).toBe("TARGET_MET");
    expect(standing(DOWN, "5", "2026-01-04")).toBe("TARGET_MET");
    expect(standing(DOWN, "20.000001", "2026-01-11")).toBe("ON_TRACK");
  });

  it("after the target date compares with the target itself", () => {
    expect(standing(DOWN, "28", "2026-03-01")).toBe("ON_TRACK");
    expect(standing(DOWN, "28.000001", "2026-03-01")).toBe("BEHIND");
  });
});

describe("the trade example: US$ 5 billion at the end of 2025 to US$ 10 billion by the end of 2030", () => {
  const TRADE: IndicatorPath = {
    direction: "INCREASE",
    baselineValue: "5",
    baselineOn: "2025-12-31",
    targetValue: "10",
    targetOn: "2030-12-31",
  };
  it("reads measurements against a path of 1,826 days", () => {
    // 365 days in, the path is at 5 + 5 × 365/1826 ≈ 6.0; half a billion (10 %) below it, about 5.5, is the boundary.
    const onTrack = indicatorStanding(TRADE, [{ value: "5.6", measuredOn: "2026-12-31" }]);
    expect(onTrack.standing).toBe("ON_TRACK");
    expect(standing(TRADE, "5.49", "2026-12-31")).toBe("BEHIND");
    expect(standing(TRADE, "10", "2030-12-31")).toBe("TARGET_MET");
  });
});
