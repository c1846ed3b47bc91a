import { describe, expect, it } from "vitest";
import { reportHtml } from "./html";
import { sampleReport } from "./report-fixtures";

describe("the report's HTML", () => {
  it("escapes every text and keeps the outline's parts and pledges", () => {
    const report = sampleReport();
    report.sections[0].commitments[0].title = `<script>alert("x")</script> & Қазақстан`;
    const html = reportHtml(report);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Қазақстан");
    expect(html.match(/data-testid="report-section"/g)).toHaveLength(report.sections.length);
    const pledges = report.sections.reduce((n, s) => n + s.commitments.length, 0);
    expect(html.match(/data-testid="report-commitment"/g)).toHaveLength(pledges);
    expect(html).toContain('data-testid="report-annex"');
    // The summary, each category and the annex start a printed page; the cover and contents do not.
    expect(html.match(/print:break-before-page/g)).toHaveLength(report.sections.length + 2);
  });
});
