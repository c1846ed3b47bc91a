import "server-only";
import { isUniqueViolation } from "@/lib/db/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { IndicatorDirectionValue } from "@/lib/domain/indicators";
import { formatDay, isoDate } from "@/lib/domain/target-date";
import type { IndicatorInput, MeasurementInput } from "@/lib/validation/indicator";
import { recordAudit } from "./audit";
import { ConflictError, NotFoundError, ValidationError } from "./errors";

// A commitment's one measurable target and its measurements. The indicator is set (created, then
// edited) with an optimistic-concurrency version; measurements are appended only (a trigger refuses
// UPDATE, DELETE and TRUNCATE). Values are NUMERIC(20,6): read here as fixed-point text, never as floats.

export type MeasurementRow = {
  id: string;
  value: string;
  measuredOn: string;
  sourceUrl: string | null;
  note: string | null;
  recordedAt: Date;
  author: string | null;
};

export type IndicatorDetail = {
  id: string;
  name: string;
  unit: string;
  direction: IndicatorDirectionValue;
  baselineValue: string;
  baselineOn: string;
  targetValue: string;
  targetOn: string;
  version: number;
  /** In the order they were measured, then recorded. */
  measurements: MeasurementRow[];
};

const decimal = (value: Prisma.Decimal) => value.toFixed(6);

/** A commitment's indicator with its measurements, or null when it has none. */
export async function getIndicator(actor: Actor | null, commitmentId: string): Promise<IndicatorDetail | null> {
  assertCan(actor, "commitment:read");
  const row = await db.indicator.findUnique({
    where: { commitmentId },
    select: {
      id: true,
      name: true,
      unit: true,
      direction: true,
      baselineValue: true,
      baselineOn: true,
      targetValue: true,
      targetOn: true,
      version: true,
      measurements: {
        orderBy: [{ measuredOn: "asc" }, { recordedAt: "asc" }, { id: "asc" }],
        select: { id: true, value: true, measuredOn: true, sourceUrl: true, note: true, recordedAt: true, author: { select: { name: true } } },
      },
    },
  });
  if (!row) return null;
  return {
    ...row,
    baselineValue: decimal(row.baselineValue),
    baselineOn: isoDate(row.baselineOn),
    targetValue: decimal(row.targetValue),
    targetOn: isoDate(row.targetOn),
    measurements: row.measurements.map((m) => ({
      ...m,
      value: decimal(m.value),
      measuredOn: isoDate(m.measuredOn),
      author: m.author?.name ?? null,
    })),
  };
}

const CONFLICT_MESSAGE =
  "Someone else set this commitment's indicator after you opened the page. Nothing was overwritten: reload the page to see theirs, then edit again.";

/**
 * Sets a commitment's indicator: creates it when `input.version` is null, otherwise edits it, refusing
 * (ConflictError) when it was saved since that version or was created by someone else meanwhile.
 */
export async function setIndicator(actor: Actor | null, input: IndicatorInput): Promise<{ id: string; version: number }> {
  assertCan(actor, "commitment:indicator");
  const { commitmentId, version, ...fields } = input;
  const values = {
    ...fields,
    baselineOn: new Date(`${fields.baselineOn}T00:00:00Z`),
    targetOn: new Date(`${fields.targetOn}T00:00:00Z`),
  };
  return db
    .$transaction(async (tx) => {
      const commitment = await tx.commitment.findUnique({ where: { id: commitmentId }, select: { id: true } });
      if (!commitment) throw new NotFoundError("The commitment");
      const before = await tx.indicator.findUnique({
        where: { commitmentId },
        select: { id: true, name: true, unit: true, direction: true, baselineValue: true, baselineOn: true, targetValue: true, targetOn: true, version: true },
      });
      if (version === null) {
        if (before) throw new ConflictError(CONFLICT_MESSAGE, null);
        const created = await tx.indicator.create({ data: { commitmentId, ...values, createdById: actor.id }, select: { id: true } });
        await recordAudit(tx, actor, {
          action: "commitment.indicator-set",
          entityType: "commitment",
          entityId: commitmentId,
          after: { indicatorId: created.id, ...fields, version: 1 },
        });
        return { id: created.id, version: 1 };
      }
      if (!before) throw new NotFoundError("The indicator");
      const { count } = await tx.indicator.updateMany({ where: { commitmentId, version }, data: { ...values, version: { increment: 1 } } });
      if (count !== 1) throw new ConflictError(CONFLICT_MESSAGE, null);
      await recordAudit(tx, actor, {
        action: "commitment.indicator-set",
        entityType: "commitment",
        entityId: commitmentId,
        before: {
          indicatorId: before.id,
          name: before.name,
          unit: before.unit,
          direction: before.direction,
          baselineValue: decimal(before.baselineValue),
          baselineOn: isoDate(before.baselineOn),
          targetValue: decimal(before.targetValue),
          targetOn: isoDate(before.targetOn),
          version: before.version,
        },
        after: { indicatorId: before.id, ...fields, version: before.version + 1 },
      });
      return { id: before.id, version: before.version + 1 };
    })
    .catch((error: unknown) => {
      // Two analysts creating the commitment's first indicator at once: one wins.
      if (isUniqueViolation(error)) throw new ConflictError(CONFLICT_MESSAGE, null);
      throw error;
    });
}

/** Appends a measurement to an indicator; refused, writing nothing, when it is dated before the baseline. */
export async function addMeasurement(actor: Actor | null, input: MeasurementInput): Promise<{ id: string; commitmentId: string }> {
  assertCan(actor, "commitment:indicator");
  return db.$transaction(async (tx) => {
    const indicator = await tx.indicator.findUnique({ where: { id: input.indicatorId }, select: { commitmentId: true, baselineOn: true } });
    if (!indicator) throw new NotFoundError("The indicator");
    const measuredOn = new Date(`${input.measuredOn}T00:00:00Z`);
    if (measuredOn < indicator.baselineOn) {
      throw new ValidationError("A measurement is dated on or after the baseline.", {
        measuredOn: [`The baseline is dated ${formatDay(indicator.baselineOn)}; a measurement cannot be dated earlier.`],
      });
    }
    const measurement = await tx.indicatorMeasurement.create({
      data: { indicatorId: input.indicatorId, value: input.value, measuredOn, sourceUrl: input.sourceUrl, note: input.note, authorId: actor.id },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "commitment.measurement-add",
      entityType: "commitment",
      entityId: indicator.commitmentId,
      after: {
        indicatorId: input.indicatorId,
        measurementId: measurement.id,
        value: input.value,
        measuredOn: input.measuredOn,
        sourceUrl: input.sourceUrl,
        note: input.note,
      },
    });
    return { id: measurement.id, commitmentId: indicator.commitmentId };
  });
}
