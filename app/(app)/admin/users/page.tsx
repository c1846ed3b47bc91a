import type { Metadata } from "next";
import { CreateUserForm, UnlockForm, UserRowForm } from "@/components/admin/user-forms";
import { inputClass } from "@/components/ui/form";
import { ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listUsers, MAX_FAILURES_PER_EMAIL, SIGN_IN_WINDOW_MINUTES } from "@/lib/data/users";
import { formatDay } from "@/lib/domain/target-date";

export const metadata: Metadata = { title: "Accounts" };

export default async function UsersPage() {
  const user = await requirePermission("user:manage");
  const users = await listUsers(user);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Accounts</h1>
      <section aria-labelledby="create-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="create-heading" className="text-lg font-semibold">
          Create an account
        </h2>
        <CreateUserForm />
      </section>
      <p className="text-sm text-slate-600">
        Each row is saved with its own Save button: the role and whether the account may sign in. Saving a change ends that person&apos;s
        open sessions. {MAX_FAILURES_PER_EMAIL} failed sign-ins within {SIGN_IN_WINDOW_MINUTES} minutes lock an account for the rest of that
        time; Unlock lets them sign in again at once. Times are UTC.
      </p>
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Accounts</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Email
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Name
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Role
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Status
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Last sign-in
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                <span className="sr-only">Save</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((u) => {
              const self = u.id === user.id;
              const formId = `account-${u.id}`;
              return (
                <tr key={u.id} className="align-top" data-testid={`user-${u.email}`}>
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    {u.email}
                    {u.mustChangePassword ? (
                      <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">one-time password</span>
                    ) : null}
                  </th>
                  <td className="px-3 py-2">{u.name}</td>
                  <td className="px-3 py-2">
                    {self ? (
                      <span>
                        {ROLE_LABELS[u.role]} <span className="text-xs text-slate-500">(you: another admin can change it)</span>
                      </span>
                    ) : (
                      <>
                        <label className="sr-only" htmlFor={`role-${u.id}`}>
                          Role of {u.email}
                        </label>
                        {/* Keyed by the stored value, so that after a save the menu starts again from what was stored. */}
                        <select
                          key={u.role}
                          id={`role-${u.id}`}
                          name="role"
                          form={formId}
                          defaultValue={u.role}
                          className={`${inputClass} w-auto`}
                        >
                          {ROLES.map((role) => (
                            <option key={role} value={role}>
                              {ROLE_LABELS[role]}
                            </option>
                          ))}
                        </select>
                      </>
                    )}
                  </td>
                  <td className="space-y-1 px-3 py-2">
                    {self ? (
                      <span className="text-emerald-800">
                        Active <span className="text-xs text-slate-500">(you)</span>
                      </span>
                    ) : (
                      <>
                        <label className="sr-only" htmlFor={`active-${u.id}`}>
                          Status of {u.email}
                        </label>
                        <select
                          key={String(u.active)}
                          id={`active-${u.id}`}
                          name="active"
                          form={formId}
                          defaultValue={String(u.active)}
                          className={`${inputClass} w-auto`}
                        >
                          <option value="true">Active</option>
                          <option value="false">Disabled</option>
                        </select>
                      </>
                    )}
                    {u.lockedUntil ? (
                      <p className="text-xs text-red-800" data-testid="locked">
                        Locked until {u.lockedUntil.toISOString().slice(11, 16)} UTC after {MAX_FAILURES_PER_EMAIL} failed sign-ins
                      </p>
                    ) : null}
                    <UnlockForm userId={u.id} label={u.email} locked={!!u.lockedUntil} />
                  </td>
                  <td className="px-3 py-2 text-slate-700">{u.lastSignInAt ? formatDay(u.lastSignInAt) : "Never"}</td>
                  <td className="px-3 py-2">{self ? null : <UserRowForm formId={formId} userId={u.id} label={u.email} />}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
