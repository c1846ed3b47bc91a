"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import type { z } from "zod";
import { localToday } from "@/lib/domain/target-date";
import { INVALID_FORM_MESSAGE, fieldErrorsOf, formDataToObject, type FieldErrors } from "@/lib/validation/form-data";

/** A form's answer from its server action (ActionResult's common part). */
export type FormAnswer = { ok: boolean; message: string; fieldErrors?: FieldErrors; values?: Record<string, unknown> } | null;

/** Focuses the first field (in the form's order) with an error among `shown`; false when no shown field has one. */
export function focusFirstInvalid(form: HTMLFormElement | null, errors: FieldErrors, shown: readonly string[]): boolean {
  const field = Array.from(form?.elements ?? []).find((element) => {
    const name = element.getAttribute("name") ?? "";
    return shown.includes(name) && !!errors[name]?.length;
  });
  if (!(field instanceof HTMLElement)) return false;
  field.focus();
  return true;
}

/**
 * What the app's record forms share (the party assessment, milestone and indicator forms): the
 * server's own schema checked before sending (so the messages are the server's, and the server still
 * decides), the focus on the first field to fix or else on the answer, and after a save the page
 * refreshed (the actions answer with their result only). `onSaved` runs first, e.g. to empty the form.
 */
export function useCheckedForm(
  state: FormAnswer,
  schema: z.ZodType,
  shown: readonly string[],
  onSaved?: (form: HTMLFormElement | null) => void,
) {
  const failed = state && !state.ok ? state : null;
  const [checked, setChecked] = useState<FieldErrors | null>(null);
  const errors = checked ?? failed?.fieldErrors ?? {};
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!state?.ok) return;
    onSaved?.(formRef.current);
    router.refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per answer
  }, [state, router]);
  useEffect(() => {
    if (state && !(state.ok === false && state.fieldErrors && focusFirstInvalid(formRef.current, state.fieldErrors, shown))) {
      messageRef.current?.focus();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per answer
  }, [state]);
  useEffect(() => {
    if (checked && !focusFirstInvalid(formRef.current, checked, shown)) messageRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per check
  }, [checked]);
  function check(event: FormEvent<HTMLFormElement>) {
    const parsed = schema.safeParse(formDataToObject(new FormData(event.currentTarget)));
    if (!parsed.success) {
      event.preventDefault();
      setChecked(fieldErrorsOf(parsed.error));
      return;
    }
    setChecked(null);
  }
  const message = checked ? { ok: false, message: INVALID_FORM_MESSAGE } : state;
  /** What was typed, refilled after a refusal. */
  const typed = (failed?.values ?? {}) as Record<string, string | undefined>;
  const otherErrors = Object.entries(errors)
    .filter(([field]) => !shown.includes(field))
    .flatMap(([, messages]) => messages ?? []);
  return { errors, otherErrors, formRef, messageRef, check, message, typed };
}

/**
 * A dated record form's id and its "took effect on" day: one id per record, adopted from each recorded
 * save's answer (`nextRequestId`; a resubmission of a lost answer keeps the current one). Adopted
 * during render, as React's "adjusting state when a prop changes" pattern: no effect, no second render
 * pass. A fresh form proposes today again.
 */
export function useRecordFormId(requestId: string, nextRequestId: string | undefined, typedEffectiveOn: string | undefined) {
  const [formId, setFormId] = useState(requestId);
  const [effectiveOn, setEffectiveOn] = useState(typedEffectiveOn ?? localToday());
  if (nextRequestId && nextRequestId !== formId) {
    setFormId(nextRequestId);
    setEffectiveOn(localToday());
  }
  return { formId, effectiveOn, setEffectiveOn };
}
