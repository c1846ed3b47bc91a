import type { Metadata } from "next";
import { CreateUserForm, UserActiveForm, UserRoleForm } from "@/components/admin/user-forms";
import { requirePermission } from "@/lib/auth/session";
import { listUsers } from "@/lib/data/users";
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
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
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
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((u) => (
              <tr key={u.id} className="align-middle" data-testid={`user-${u.email}`}>
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  {u.email}
                  {u.mustChangePassword ? (
                    <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">one-time password</span>
                  ) : null}
                </th>
                <td className="px-3 py-2">{u.name}</td>
                <td className="px-3 py-2">
                  <UserRoleForm userId={u.id} role={u.role} label={u.email} />
                </td>
                <td className="px-3 py-2">
                  <div className="flex items-center gap-2">
                    <span className={u.active ? "text-emerald-800" : "text-red-800"}>{u.active ? "Active" : "Disabled"}</span>
                    {u.id === user.id ? (
                      <span className="text-xs text-slate-500">(you)</span>
                    ) : (
                      <UserActiveForm userId={u.id} active={u.active} label={u.email} />
                    )}
                  </div>
                </td>
                <td className="px-3 py-2 text-slate-700">{u.lastSignInAt ? formatDay(u.lastSignInAt) : "Never"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
