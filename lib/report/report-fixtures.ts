import { COMMITMENT_STATUSES, statusLabel, type CommitmentStatusValue } from "@/lib/domain/status";
import type { ImplementationReport, ReportCommitment, ReportStatusMove } from "@/lib/domain/report";

// Reports for the renderers' tests and benchmark: a small one with the names a font must draw
// (Türkiye, Nurdağı, Köşerbayev, Қазақстан), and a synthetic one of any size.

function move(
  effectiveOn: string,
  from: CommitmentStatusValue | null,
  to: CommitmentStatusValue,
  progress: number,
  extra: Partial<ReportStatusMove> = {},
): ReportStatusMove {
  return {
    effectiveOn,
    from,
    to,
    progress,
    author: "Aigerim Analyst",
    rationale: `Assessed as ${statusLabel(to)} from the ministry's statement.`,
    evidenceUrls: [],
    obstacles: null,
    nextStep: null,
    ...extra,
  };
}

export function sampleReport(): ImplementationReport {
  const reconstructionHistory = [
    move("2026-02-02", null, "NOT_STARTED", 0),
    move("2026-03-12", "NOT_STARTED", "IN_PROGRESS", 30, {
      rationale: "Tender for the Nurdağı housing blocks published.",
      evidenceUrls: ["https://example.org/tenders/nurdagi-2026"],
    }),
    move("2026-09-01", "IN_PROGRESS", "PARTIALLY_FULFILLED", 60, {
      rationale: "First 400 homes handed over in Nurdağı.",
      evidenceUrls: ["https://example.org/news/nurdagi-homes", "https://example.org/photos/nurdagi"],
      obstacles: "Cement deliveries delayed by the winter closure of the pass.",
      nextStep: "Site visit with the Kazakh embassy in December.",
    }),
  ];
  const reconstruction: ReportCommitment = {
    id: "c-reconstruction",
    title: "Rebuild 1,000 homes in Nurdağı",
    url: "https://tracker.example.org/commitments/c-reconstruction",
    meetingTitle: "Türkiye–Kazakhstan High-Level Strategic Cooperation Council, Astana 2025",
    sourceQuote: "Kazakhstan will finance the reconstruction of 1,000 homes in Nurdağı, Minister Köşerbayev said.",
    sourceUrl: "https://example.org/readouts/astana-2025#pledge-3",
    parties: [
      { name: "Türkiye", status: "IN_PROGRESS" },
      { name: "Kazakhstan", status: null },
    ],
    status: "PARTIALLY_FULFILLED",
    progress: 60,
    target: "June 2026",
    overdue: true,
    latest: reconstructionHistory[2],
    changes: reconstructionHistory.slice(1),
    history: reconstructionHistory,
  };
  const tradeHistory = [move("2026-01-20", null, "IN_PROGRESS", 20)];
  const trade: ReportCommitment = {
    id: "c-trade",
    title: "Қазақстан – Türkiye trade turnover of 10 billion USD",
    url: "https://tracker.example.org/commitments/c-trade",
    meetingTitle: "Türkiye–Kazakhstan High-Level Strategic Cooperation Council, Astana 2025",
    sourceQuote: "The sides agreed to raise bilateral trade to 10 billion dollars.",
    sourceUrl: "https://example.org/readouts/astana-2025#pledge-1",
    parties: [
      { name: "Türkiye", status: "IN_PROGRESS" },
      { name: "Kazakhstan", status: "IN_PROGRESS" },
    ],
    status: "IN_PROGRESS",
    progress: 20,
    target: null,
    overdue: false,
    latest: tradeHistory[0],
    changes: [],
    history: tradeHistory,
  };
  const byStatus = COMMITMENT_STATUSES.map((status) => ({
    status,
    label: statusLabel(status),
    count: status === "PARTIALLY_FULFILLED" || status === "IN_PROGRESS" ? 1 : 0,
  }));
  return {
    title: "Implementation report: Türkiye–Kazakhstan",
    scope: "Commitments of the Astana 2025 council",
    asOf: "2026-11-27",
    since: "2026-01-01",
    generatedBy: "Aigerim Analyst",
    generatedAt: "2026-11-27T14:05:00.000Z",
    summary: {
      total: 2,
      byStatus,
      overdue: 1,
      fulfilledPercent: 0,
      compliance: [{ party: "Türkiye", n: 2, fulfilled: 0, partial: 2, none: 0, percent: 50 }],
    },
    sections: [
      { category: "Reconstruction and housing", commitments: [reconstruction] },
      { category: "Trade and investment", commitments: [trade] },
    ],
  };
}

const WORDS = "the ministry reported that the works on the site continued with local contractors and funds from the joint programme".split(
  " ",
);

function sentence(seed: number, words: number): string {
  const picked = Array.from({ length: words }, (_, i) => WORDS[(seed * 7 + i * 3) % WORDS.length]);
  return picked.join(" ");
}

/** A report of `commitments` commitments in ten categories with `historyPerCommitment` status updates each. */
export function syntheticReport(commitments: number, historyPerCommitment: number): ImplementationReport {
  const categories = 10;
  const sections = Array.from({ length: categories }, (_, c) => ({
    category: `Category ${c + 1}: Şehir ve Қала`,
    commitments: [] as ReportCommitment[],
  }));
  const statuses = COMMITMENT_STATUSES.filter((s) => s !== "NOT_YET_ASSESSED");
  const counts = new Map<CommitmentStatusValue, number>();
  for (let i = 0; i < commitments; i += 1) {
    const history = Array.from({ length: historyPerCommitment }, (_, h) => {
      const to = statuses[(i + h) % statuses.length];
      const from = h === 0 ? null : statuses[(i + h - 1) % statuses.length];
      const day = `2026-${String(1 + (h % 10)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
      return move(day, from, to, to === "FULFILLED" ? 100 : (h * 10) % 100, {
        rationale: `${sentence(i + h, 24)}, in Nurdağı.`,
        evidenceUrls: h % 3 === 0 ? [`https://example.org/evidence/${i}/${h}`] : [],
        obstacles: h % 4 === 0 ? sentence(i * h, 12) : null,
        nextStep: h % 2 === 0 ? sentence(i + 2 * h, 10) : null,
      });
    });
    const latest = history[history.length - 1] ?? null;
    const status = latest?.to ?? "NOT_YET_ASSESSED";
    counts.set(status, (counts.get(status) ?? 0) + 1);
    sections[i % categories].commitments.push({
      id: `c-${i}`,
      title: `Commitment ${i + 1}: ${sentence(i, 8)}`,
      url: `https://tracker.example.org/commitments/c-${i}`,
      meetingTitle: `Meeting ${1 + (i % 40)}, Astana`,
      sourceQuote: `${sentence(i, 30)}, Minister Köşerbayev said.`,
      sourceUrl: `https://example.org/readouts/${i % 40}#pledge-${i}`,
      parties: [
        { name: "Türkiye", status },
        { name: "Қазақстан", status: i % 5 === 0 ? null : "IN_PROGRESS" },
      ],
      status,
      progress: latest?.progress ?? 0,
      target: i % 3 === 0 ? null : "June 2026",
      overdue: i % 7 === 0,
      latest,
      changes: history.slice(-3),
      history,
    });
  }
  return {
    title: "Implementation report (synthetic)",
    scope: `${commitments} synthetic commitments`,
    asOf: "2026-11-27",
    since: "2026-06-01",
    generatedBy: "Benchmark",
    generatedAt: "2026-11-27T12:00:00.000Z",
    summary: {
      total: commitments,
      byStatus: COMMITMENT_STATUSES.map((status) => ({ status, label: statusLabel(status), count: counts.get(status) ?? 0 })),
      overdue: Math.ceil(commitments / 7),
      fulfilledPercent: commitments ? ((counts.get("FULFILLED") ?? 0) / commitments) * 100 : null,
      compliance: [
        { party: "Türkiye", n: commitments, fulfilled: 1, partial: 2, none: 3, percent: 40 },
        { party: "Қазақстан", n: commitments, fulfilled: 3, partial: 2, none: 1, percent: 60 },
      ],
    },
    sections,
  };
}
